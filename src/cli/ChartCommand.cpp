#include "Commands.h"

#include "aisov/InputError.h"

// Placeholder until chart rendering (issue 4) lands: says so and fails with exit code 1.
int runChartCommand(const std::vector<std::string>& /*arguments*/, std::ostream& /*out*/)
{
    throw aisov::FileError(
        "this command needs chart rendering (issue 4), which is not part of this build yet");
}
