package specula.shell;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class SpeculaShellApplication {
    public static void main(String[] args) {
        SpringApplication.run(SpeculaShellApplication.class, args);
    }
}
