package org.plenary.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** What the service writes as YAML reads back as the same values, however much a string looks like something else. */
class YamlRoundTripTest {

    @Test
    void stringsThatLookLikeNumbersBooleansOrNullsStayStrings() {
        String[] tricky = {"1984", "3.5", "1e3", "0x10", "0o17", "1_000", "-.inf", ".nan", "+12", "010", "1:20",
                "true", "no", "off", "yes", "null", "~", "", " padded ", "2021-11-25", "a: b", "#hash", "- dash",
                "[list]", "{map}", "*star", "&anchor", "!tag", "%percent", "@at", "`tick", "'quote", "\"double",
                "line\nbreak", "Šárka Havránková", "Ahmed Naser Al-Raisi"};
        for (String s : tricky) {
            ObjectNode tree = JsonNodeFactory.instance.objectNode();
            tree.put("title", s);
            tree.putArray("blocs").add(s);
            String yaml = ScenarioCodec.toYaml(tree);
            var back = ScenarioParser.parse(yaml.getBytes(StandardCharsets.UTF_8), ScenarioParser.Syntax.YAML).tree();
            assertThat(back.get("title").isTextual()).as("%s written as %s", s, yaml).isTrue();
            assertThat(back.get("title").asText()).as(yaml).isEqualTo(s);
            assertThat(back.get("blocs").get(0).asText()).as(yaml).isEqualTo(s);
        }
    }
}
