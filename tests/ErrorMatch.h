#pragma once

// Asserts that `action` throws aisov::InputError whose place and reason hold
// the given fragments, so that a test pins down *which* error was reported.

#include "aisov/InputError.h"

#include <catch2/catch.hpp>

#include <string>

#define AISOV_REQUIRE_INPUT_ERROR(action, whereFragment, reasonFragment)                           \
    do {                                                                                           \
        bool aisovThrown = false;                                                                  \
        try {                                                                                      \
            (void)(action);                                                                        \
        } catch (const aisov::InputError& aisovError) {                                            \
            aisovThrown = true;                                                                    \
            INFO("message: " << aisovError.what());                                                \
            CHECK_THAT(aisovError.where(), Catch::Matchers::Contains(whereFragment));              \
            CHECK_THAT(aisovError.reason(), Catch::Matchers::Contains(reasonFragment));            \
        }                                                                                          \
        CHECK(aisovThrown);                                                                        \
    } while (false)
