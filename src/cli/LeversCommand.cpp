#include "Commands.h"

#include "aisov/InputError.h"

// Placeholder until investment levers (issue 6) lands: says so and fails with exit code 1.
int runLeversCommand(const std::vector<std::string>& /*arguments*/, std::ostream& /*out*/)
{
    throw aisov::FileError(
        "this command needs investment levers (issue 6), which is not part of this build yet");
}
