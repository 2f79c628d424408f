#include "CliInputs.h"
#include "Commands.h"
#include "ExitCode.h"

#include "aisov/MethodologyIO.h"
#include "aisov/ProfileIO.h"

int runValidateCommand(const std::vector<std::string>& arguments, std::ostream& out)
{
    const CliArguments args(arguments, {"--methodology", "--profiles"});
    if (!args.positional().empty())
        throw UsageError("validate takes no positional argument, found \"" +
                         args.positional().front() + "\"");
    const auto methodologyPath = args.value("--methodology");
    const auto profilesPath = args.value("--profiles");
    if (!methodologyPath && !profilesPath)
        throw UsageError("validate needs --methodology FILE or --profiles FILE");

    // With both, the profiles are checked against that methodology; with
    // --profiles alone, against the bundled default.
    const aisov::Methodology methodology = loadMethodologyArgument(args);
    if (methodologyPath)
        out << *methodologyPath << ": valid methodology \"" << methodology.id << "\" "
            << methodology.version << " (" << methodology.pillars.size() << " pillars, "
            << methodology.indicators.size() << " indicators)\n";
    if (profilesPath) {
        const auto profiles = aisov::loadProfilesFile(*profilesPath);
        aisov::validateProfiles(profiles, methodology, *profilesPath);
        aisov::validateBlocMembers(profiles, *profilesPath);
        std::size_t values = 0;
        for (const auto& profile : profiles)
            values += profile.values.size();
        out << *profilesPath << ": valid profiles (" << profiles.size() << " profiles, " << values
            << " values)\n";
    }
    return static_cast<int>(ExitCode::Success);
}
