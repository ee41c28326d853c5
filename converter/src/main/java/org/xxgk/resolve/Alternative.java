package org.xxgk.resolve;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.xxgk.model.CellValue;

/** One way an uncertain reading may be taken: the value of every canonical cell it fills. */
public record Alternative(Map<String, CellValue> values) {

    public Alternative {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** The numbers it gives, in cell order, as a finding lists a candidate. */
    public List<BigDecimal> numbers() {
        List<BigDecimal> out = new ArrayList<>();
        values.values().forEach(v -> out.add(v.number()));
        return out;
    }
}
