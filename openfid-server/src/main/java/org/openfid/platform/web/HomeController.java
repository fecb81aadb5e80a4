package org.openfid.platform.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The root of the server: a short map of what is served where. */
@RestController
class HomeController {

    @GetMapping(value = "/", produces = "application/json")
    Map<String, Object> home() {
        Map<String, Object> links = new LinkedHashMap<>();
        links.put("health", "/actuator/health");
        links.put("jwks", "/.well-known/jwks.json");
        links.put("openapi", "/v3/api-docs");
        links.put("openapiUi", "/swagger-ui.html");
        return Map.of("name", "OpenFID", "links", links);
    }
}
