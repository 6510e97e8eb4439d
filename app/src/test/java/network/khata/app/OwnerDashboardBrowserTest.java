package network.khata.app;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;


import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The owner's network dashboard in headless Chromium: the network card, the 30-day chart, both exports. */
@PostgresEngineApp
class OwnerDashboardBrowserTest extends BrowserTest {
    @Test
    void theNetworkCardTrendAndExportsShowTheBusinessesNetwork() {
        Owner shop = newBusiness("Fertilizer Shop");
        Customer ramesh = registerCustomer(shop, "Ramesh", newPhone(), false);
        registerCustomer(shop, "Suresh", newPhone(), false);
        registerCustomer(shop, "Anita", newPhone(), false);
        registerCustomer(shop, "Vijay", newPhone(), false);
        signedIn(ramesh.phone());
        await().until(() -> get("/api/analytics/customer-network", shop).body().get("summary").get("verified_customers").asInt() == 1);

        browser.get("http://127.0.0.1:" + port + "/owner#token=" + shop.token() + "&business=" + shop.businessId());

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("network")));
        assertThat(browser.findElement(By.id("total-customers")).getText()).isEqualTo("4");
        assertThat(browser.findElement(By.id("verified-customers")).getText()).isEqualTo("1");
        assertThat(browser.findElement(By.id("verified-percent")).getText()).isEqualTo("25%");
        assertThat(browser.findElement(By.id("active-percent")).getText()).isEqualTo("25%");
        assertThat(browser.findElements(By.cssSelector("#trend svg rect.bar"))).hasSize(30);
        assertThat(browser.getCurrentUrl()).doesNotContain("token=");

        browser.findElement(By.id("export-csv")).click();
        wait.until(ExpectedConditions.textMatches(By.id("export-status"), java.util.regex.Pattern.compile("Downloaded .*\\.csv")));
        browser.findElement(By.id("export-pdf")).click();
        wait.until(ExpectedConditions.textMatches(By.id("export-status"), java.util.regex.Pattern.compile("Downloaded .*\\.pdf")));
    }
}
