#pragma once

// The application's words for what is wrong with an input: each
// aisov::InputProblem code in the user's language (tr), with its arguments.
// The libraries carry the code; this is the one table that says it.

#include "aisov/InputError.h"
#include "aisov/InputProblem.h"

#include <QString>

namespace app {

// The translated template of `code`, with %1, %2, ... as in aisov::englishTemplate.
QString problemTemplate(aisov::InputProblem code);
// The translated text of `problem` ("year: " before it when it names a field).
QString problemText(const aisov::Problem& problem);
// "file: where: reason", translated: what the error dialog shows.
QString inputErrorText(const aisov::InputError& error);

} // namespace app
