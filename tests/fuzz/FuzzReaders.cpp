// libFuzzer target for the file readers of aisov_core. Built three times,
// once per reader (AISOV_FUZZ_READER picks it), so that each gets its own
// corpus. A reader may accept the input or throw InputError; anything else
// (a crash, a sanitizer report, another exception) is a bug.

#include "aisov/BundledData.h"
#include "aisov/InputError.h"
#include "aisov/MethodologyIO.h"
#include "aisov/ProfileIO.h"
#include "aisov/Scoring.h"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string text(reinterpret_cast<const char*>(data), size);
    try {
#if AISOV_FUZZ_READER == 1
        const aisov::Methodology methodology = aisov::parseMethodology(text, "fuzz.json");
        (void)aisov::methodologyToJson(methodology);
#else
#if AISOV_FUZZ_READER == 2
        const auto profiles = aisov::parseProfilesJson(text, "fuzz.json");
#else
        const auto profiles = aisov::parseProfilesCsv(text, "fuzz.csv");
#endif
        // Whatever was accepted must also survive validation and scoring.
        aisov::validateProfiles(profiles, aisov::defaultMethodology(), "fuzz");
        (void)aisov::scoreProfiles(profiles, aisov::defaultMethodology());
        (void)aisov::profilesToCsv(profiles);
#endif
    } catch (const aisov::InputError&) {
    }
    return 0;
}
