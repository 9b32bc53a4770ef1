#pragma once

#include <QTest>

// Declares `variable` as the value held by an std::optional that `expression` gives, and fails the
// current test when there is none. Helpers that can fail return an optional instead of checking
// inside themselves, where a failed QVERIFY would only leave the helper and the test would go on.
#define GLOSSATOR_REQUIRE_VALUE(variable, expression)                                                                  \
    const auto variable##Held = (expression);                                                                          \
    QVERIFY2(variable##Held.has_value(), #expression " gave nothing");                                                 \
    const auto& variable = *variable##Held
