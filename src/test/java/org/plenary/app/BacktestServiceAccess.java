package org.plenary.app;

import java.util.Map;

import org.plenary.engine.model.Scenario;

final class BacktestServiceAccess {
    static Object compute(Map<String, Scenario> engine) throws Exception {
        var m = org.plenary.app.backtest.BacktestService.class.getDeclaredMethod("compute", Map.class);
        m.setAccessible(true);
        return m.invoke(null, engine);
    }
}
