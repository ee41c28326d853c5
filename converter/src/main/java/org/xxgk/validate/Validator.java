package org.xxgk.validate;

import java.util.ArrayList;
import java.util.List;
import org.xxgk.layout.Template;
import org.xxgk.model.Finding;
import org.xxgk.model.Narrative;
import org.xxgk.model.Tables;

/**
 * Runs every rule over the aligned tables: missing values first, then the form's arithmetic, then
 * the numbers the narrative states against the tables.
 */
public final class Validator {

    /**
     * {@code narrative}: what the report says in words, checked against the tables; {@code earlier}:
     * the findings of reading and alignment, which say where cells were read with doubt.
     */
    public List<Finding> validate(Tables tables, Template template, Narrative narrative, List<Finding> earlier) {
        List<Rule> rules = List.of(
                new MissingValueRule(template),
                new EquationRule(new Doubts(tables, earlier)));
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : rules) {
            rule.check(tables, findings);
        }
        NarrativeRule.check(narrative, tables, findings);
        return findings;
    }
}
