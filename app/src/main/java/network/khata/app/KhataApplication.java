package network.khata.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication(scanBasePackages = "network.khata")
public class KhataApplication {
    public static void main(String[] args) {
        SpringApplication.run(KhataApplication.class, args);
    }
}
