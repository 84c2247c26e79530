/**
 * TLC model configuration files ({@code .cfg}): {@link specula.tla.check.cfg.ConfigParser} reads them into a
 * {@link specula.tla.check.cfg.ModelConfig}; {@link specula.tla.check.cfg.ConfigPrinter} writes one back.
 */
package specula.tla.check.cfg;
