#include "LeverQuestion.h"

#include "aisov/InputError.h"

LeverAnswer answerLeverQuestion(const LeverQuestion& question)
{
    const aisov::Analysis& analysis = question.analysis;
    LeverAnswer answer;
    // As `aisov-cli levers` does (src/cli/LeversCommand.cpp): the levers,
    // then the templates from where the scenario (if any) leaves the profile.
    std::vector<aisov::Profile> profiles = analysis.profiles();
    const std::size_t index = *analysis.indexOf(question.code);
    if (question.scenario) {
        answer.levers = analysis.scenarioLevers(question.code, question.scenario->overrides,
                                                question.scenarioWhere);
        profiles[index] = analysis.applyScenario(question.code, question.scenario->overrides,
                                                 question.scenarioWhere);
    } else {
        answer.levers = analysis.levers(question.code);
    }
    try {
        answer.templateGains =
            aisov::rankTemplates(profiles, index, analysis.methodology(), question.templates);
    } catch (const aisov::InputError& error) {
        answer.templateProblem = error.reason();
    }
    return answer;
}
