#include "Commands.h"

#include "aisov/InputError.h"

// Placeholder until the SQLite store (issue 3) lands: says so and fails with exit code 1.
int runDbCommand(const std::vector<std::string>& /*arguments*/, std::ostream& /*out*/)
{
    throw aisov::FileError(
        "this command needs the SQLite store (issue 3), which is not part of this build yet");
}
