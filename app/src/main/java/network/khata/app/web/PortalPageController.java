package network.khata.app.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The customer web portal: static files under {@code /portal/}, opened at {@code /portal}. */
@Controller
public class PortalPageController {
    @GetMapping({"/portal", "/portal/"})
    public String portal() {
        return "forward:/portal/index.html";
    }
}
