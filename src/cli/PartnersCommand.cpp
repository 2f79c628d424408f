// aisov-cli partners CODE: every other profile ranked by what pooling with
// it would add to CODE's score (aisov/Partners.h), the same ranking the
// application's partner finder shows.

#include "CliInputs.h"
#include "CliLanguage.h"
#include "Commands.h"
#include "ExitCode.h"
#include "NumberFormat.h"
#include "TableWriter.h"

#include "aisov/Analysis.h"
#include "aisov/Partners.h"

#include <nlohmann/json.hpp>

namespace {

nlohmann::ordered_json optionalNumber(const std::optional<double>& value)
{
    return value ? nlohmann::ordered_json(*value) : nlohmann::ordered_json(nullptr);
}

std::string joined(const std::vector<std::string>& parts)
{
    std::string text;
    for (const auto& part : parts)
        text += (text.empty() ? "" : ", ") + part;
    return text;
}

void writeJson(const aisov::PartnerRanking& ranking, std::size_t top, std::ostream& out)
{
    nlohmann::ordered_json root;
    root["code"] = ranking.code;
    root["name"] = ranking.name;
    root["score"] = optionalNumber(ranking.score);
    root["band"] = ranking.band;
    root["met"] = ranking.met;
    root["partners"] = nlohmann::ordered_json::array();
    for (std::size_t i = 0; i < top; ++i) {
        const aisov::PartnerGain& partner = ranking.partners[i];
        root["partners"].push_back({{"code", partner.code},
                                    {"name", partner.name},
                                    {"partner_score", optionalNumber(partner.partnerScore)},
                                    {"pair_score", optionalNumber(partner.pairScore)},
                                    {"gain", partner.gain},
                                    {"pair_band", partner.pairBand},
                                    {"pair_met", partner.pairMet},
                                    {"pillars_gained", partner.pillarsGained}});
    }
    out << root.dump(2) << "\n";
}

std::vector<std::string> pillarNames(const aisov::Methodology& methodology,
                                     const std::vector<std::string>& ids)
{
    std::vector<std::string> names;
    for (const auto& id : ids) {
        const aisov::Pillar* pillar = methodology.findPillar(id);
        names.push_back(pillar != nullptr ? cliName(*pillar) : id);
    }
    return names;
}

void writeTable(const aisov::Methodology& methodology, const std::vector<aisov::Profile>& profiles,
                const aisov::PartnerRanking& ranking, std::size_t top, std::ostream& out)
{
    out << "Partners for "
        << cliNameWithCode(cliProfileName(ranking.name, ranking.code, profiles), ranking.code)
        << ": score " << formatScore(ranking.score) << ", "
        << (ranking.score ? cliBand(methodology, ranking.band) : std::string("no data")) << ", "
        << ranking.met << " of " << methodology.pillars.size() << " requirements met\n\n";
    TableWriter table;
    table.addColumn("#", TableWriter::Align::Right);
    table.addColumn("Partner");
    table.addColumn("Alone", TableWriter::Align::Right);
    table.addColumn("Pooled", TableWriter::Align::Right);
    table.addColumn("Gain", TableWriter::Align::Right);
    table.addColumn("Band");
    table.addColumn("Met", TableWriter::Align::Right);
    table.addColumn("Newly met");
    for (std::size_t i = 0; i < top; ++i) {
        const aisov::PartnerGain& partner = ranking.partners[i];
        const std::string gained = joined(pillarNames(methodology, partner.pillarsGained));
        table.addRow(
            {std::to_string(i + 1),
             cliNameWithCode(cliProfileName(partner.name, partner.code, profiles), partner.code),
             formatScore(partner.partnerScore), formatScore(partner.pairScore),
             formatSigned(partner.gain, 2),
             partner.pairScore ? cliBand(methodology, partner.pairBand) : std::string("-"),
             std::to_string(partner.pairMet), gained.empty() ? "-" : gained});
    }
    table.write(out);
    out << "\nPooled: the two profiles as one bloc, each indicator pooled by its rule. Gain: "
           "pooled score minus the score alone.\nNewly met: requirements the pair meets that "
           "the profile alone does not. Blocs that already hold the profile are left out.\n";
}

} // namespace

int runPartnersCommand(const std::vector<std::string>& arguments, std::ostream& out)
{
    const CliArguments args(arguments, {"--methodology", "--profiles", "--db", "--top", "--format"},
                            {});
    if (args.positional().size() != 1)
        throw UsageError("partners needs exactly one profile code, e.g. partners CHE");
    const std::string format = args.value("--format").value_or("table");
    if (format != "json" && format != "table")
        throw UsageError("--format must be json or table, found \"" + format + "\"");
    const auto top = args.integer("--top", 1, 1000000);

    const CliAnalysis loaded = loadAnalysisArguments(args);
    const aisov::Analysis& analysis = loaded.analysis;
    const std::string& code = analysis.profiles()[codeArgument(args, analysis)].code;
    const aisov::PartnerRanking ranking = analysis.partners(code);
    const std::size_t shown =
        std::min(ranking.partners.size(), static_cast<std::size_t>(top.value_or(1000000)));
    if (format == "json")
        writeJson(ranking, shown, out);
    else
        writeTable(analysis.methodology(), analysis.profiles(), ranking, shown, out);
    return static_cast<int>(ExitCode::Success);
}
