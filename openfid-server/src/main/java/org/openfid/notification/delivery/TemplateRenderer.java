package org.openfid.notification.delivery;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openfid.masterdata.ReferenceData;
import org.openfid.masterdata.Template;
import org.openfid.masterdata.TemplateType;
import org.openfid.notification.Channel;
import org.openfid.notification.NotificationException;
import org.openfid.notification.NotificationRequest;
import org.springframework.stereotype.Component;

/**
 * Renders a request from the country's templates: the template of each language, in order, with
 * every {@code ${placeholder}} replaced; bodies joined by a blank line (one line break for SMS) and
 * e-mail subjects by " / ", as bilingual notices are written. A template of the other channel, or a
 * placeholder without a value, is refused before anything is stored.
 */
@Component
class TemplateRenderer {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9_]+)}");

    private final ReferenceData reference;

    TemplateRenderer(ReferenceData reference) {
        this.reference = reference;
    }

    Rendered render(NotificationRequest request) {
        if (request.languages().isEmpty()) {
            throw new NotificationException("At least one language is required");
        }
        TemplateType expected =
                request.channel() == Channel.EMAIL ? TemplateType.NOTIFICATION_EMAIL : TemplateType.NOTIFICATION_SMS;
        List<String> subjects = new ArrayList<>();
        List<String> bodies = new ArrayList<>();
        for (String language : request.languages()) {
            Template template = reference
                    .template(request.templateCode(), language)
                    .filter(Template::active)
                    .orElseThrow(() -> new NotificationException(
                            "No active template " + request.templateCode() + " in language " + language));
            if (template.type() != expected) {
                throw new NotificationException("Template " + request.templateCode() + " is for " + template.type()
                        + ", not " + request.channel());
            }
            bodies.add(fill(template.body(), request.values()));
            if (template.subject() != null) {
                subjects.add(fill(template.subject(), request.values()));
            }
        }
        String separator = request.channel() == Channel.SMS ? "\n" : "\n\n";
        String subject = request.channel() == Channel.EMAIL ? String.join(" / ", subjects) : null;
        return new Rendered(request.recipient(), subject, String.join(separator, bodies));
    }

    private static String fill(String text, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            if (value == null) {
                throw new NotificationException("No value for placeholder " + matcher.group(1));
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
