package specula.shell;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

import specula.shell.console.LaunchOptions;

@SpringBootApplication
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
        SpringApplication app = new SpringApplication(SpeculaShellApplication.class);
        // Our arguments are not Spring properties: keep "--script FILE" from being read as configuration.
        app.setAddCommandLineProperties(false);
        app.addInitializers(ctx -> ctx.getBeanFactory().registerSingleton("launchOptions", options));
        ConfigurableApplicationContext ctx = app.run();
        System.exit(SpringApplication.exit(ctx));
    }
}
