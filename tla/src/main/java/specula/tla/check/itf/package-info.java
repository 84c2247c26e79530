/**
 * JSON without dependencies ({@link specula.tla.check.itf.Json}, {@link specula.tla.check.itf.JsonReader},
 * {@link specula.tla.check.itf.JsonWriter}); TLA+ values to and from JSON as the community {@code Json} module does
 * ({@link specula.tla.check.itf.TlaJson}); and traces in the Informal Trace Format
 * ({@link specula.tla.check.itf.ItfTrace}, {@link specula.tla.check.itf.ItfCodec}).
 */
package specula.tla.check.itf;
