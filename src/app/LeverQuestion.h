#pragma once

// What the Levers tab asks of aisov_core, copied out of the Session so that a
// worker thread can answer it while the Session goes on changing: the
// investment levers of one profile (or of one of its scenarios) and the
// bundled investment templates ranked for it. Analysis::levers takes tens
// of milliseconds for a profile near a band boundary (the search for the
// value that reaches the next band), too long for the GUI thread.

#include "aisov/Analysis.h"
#include "aisov/InvestmentTemplate.h"
#include "aisov/Levers.h"
#include "aisov/Store.h"

#include <optional>
#include <string>
#include <vector>

struct LeverQuestion
{
    aisov::Analysis analysis;
    std::string code;
    // The levers start from where this scenario of `code` leaves it; empty:
    // from the profile as it is.
    std::optional<aisov::Scenario> scenario;
    std::string scenarioWhere; // how errors name the scenario
    // The templates whose every change names an indicator of the methodology.
    std::vector<aisov::InvestmentTemplate> templates;
};

struct LeverAnswer
{
    aisov::LeverAnalysis levers;
    std::vector<aisov::TemplateGain> templateGains; // best first
    // Why the templates could not be ranked (a template counted per person
    // on a profile without population); empty when they were.
    std::string templateProblem;
};

// Calls aisov_core only; throws what it throws (InputError for a scenario
// that no longer fits the methodology).
LeverAnswer answerLeverQuestion(const LeverQuestion& question);
