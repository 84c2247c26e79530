package specula.shell;

import java.nio.file.Path;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.shell.core.autoconfigure.CommandRegistryAutoConfiguration;
import org.springframework.shell.core.autoconfigure.SpringShellProperties;
import org.springframework.shell.core.autoconfigure.StandardCommandsAutoConfiguration;

import specula.commands.session.SessionException;
import specula.commands.session.ShellConfig;
import specula.shell.console.LaunchOptions;

/**
 * Only the auto-configuration the shell uses (command registry, help): classpath-wide auto-configuration is off
 * ({@code spring.boot.enableautoconfiguration=false}) because start-up time is the latency of every
 * {@code ./shell -c}, and the jar carries many libraries we do not want configured implicitly. Spring Shell finds
 * command classes from the package of the {@code @SpringBootApplication} class.
 */
@SpringBootApplication
@ImportAutoConfiguration({CommandRegistryAutoConfiguration.class, StandardCommandsAutoConfiguration.class})
@EnableConfigurationProperties(SpringShellProperties.class)
public class SpeculaShellApplication {
    public static void main(String[] args) {
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        if (options.mode() == LaunchOptions.Mode.HELP) {
            System.out.print(LaunchOptions.USAGE);
            return;
        }
        // Spring Boot warms up libraries (Jackson, validation, conversion) on a background thread; the shell uses
        // few of them, and on a busy machine that thread competes with the command the user is waiting for.
        System.setProperty("spring.backgroundpreinitializer.ignore", "true");
        // Configuration is read before Spring starts, so a malformed file is one line naming it, not a stack trace.
        ShellConfig config;
        try {
            config = ShellConfig.load(Path.of(System.getProperty("user.home")), Path.of("").toAbsolutePath(),
                    System.getenv());
        } catch (SessionException e) {
            System.err.println(e.getMessage());
            System.exit(1);
            return;
        }
        SpringApplication app = new SpringApplication(SpeculaShellApplication.class);
        // Our arguments are not Spring properties: keep "--script FILE" from being read as configuration.
        app.setAddCommandLineProperties(false);
        app.addInitializers(ctx -> {
            ctx.getBeanFactory().registerSingleton("launchOptions", options);
            ctx.getBeanFactory().registerSingleton("shellConfig", config);
        });
        ConfigurableApplicationContext ctx = app.run();
        System.exit(SpringApplication.exit(ctx));
    }
}
