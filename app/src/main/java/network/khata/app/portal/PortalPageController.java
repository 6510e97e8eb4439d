package network.khata.app.portal;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The web pages: the customer portal ({@code /portal}) and the owner's network dashboard ({@code /owner}), static files.
 * Pages, not API: left out of the OpenAPI document.
 */
@Controller
@Hidden
public class PortalPageController {
    @GetMapping({"/portal", "/portal/"})
    public String portal() {
        return "forward:/portal/index.html";
    }

    @GetMapping({"/owner", "/owner/"})
    public String ownerDashboard() {
        return "forward:/owner/index.html";
    }
}
