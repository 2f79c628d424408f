// aisov-cli brief CODE --out FILE.pdf: the one-page country brief
// (render/CountryBrief.h, render/BriefRenderer.h), the same page the
// application exports.

#include "CliInputs.h"
#include "CliLanguage.h"
#include "Commands.h"
#include "ExitCode.h"
#include "OffscreenApplication.h"

#include "BriefRenderer.h"
#include "ChartTheme.h"
#include "CountryBrief.h"

#include "aisov/TextFile.h"

#include <QFileInfo>

int runBriefCommand(const std::vector<std::string>& arguments, std::ostream& out)
{
    const CliArguments args(
        arguments, {"--methodology", "--profiles", "--db", "--out", "--theme", "--top"}, {});
    if (args.positional().size() != 1)
        throw UsageError("brief needs exactly one profile code, e.g. brief CHE --out che.pdf");
    const auto outPath = args.value("--out");
    if (!outPath)
        throw UsageError("missing --out FILE.pdf");
    if (QFileInfo(QString::fromStdString(*outPath)).suffix().toLower() != QStringLiteral("pdf"))
        throw UsageError("--out must end in .pdf, found \"" + *outPath + "\"");
    for (const char* input : {"--methodology", "--profiles", "--db"})
        if (const auto inputPath = args.value(input))
            aisov::refuseOverwritingInput(*outPath, *inputPath);
    const std::string themeName = args.value("--theme").value_or("light");
    const auto theme = aisov::render::ChartTheme::fromName(QString::fromStdString(themeName));
    if (!theme)
        throw UsageError("--theme must be light, dark or high-contrast, found \"" + themeName +
                         "\"");
    // Five levers fit the page; eight at most.
    const auto top = args.integer("--top", 1, 8).value_or(5);

    const CliAnalysis loaded = loadAnalysisArguments(args);
    const aisov::Analysis& analysis = loaded.analysis;
    const std::string& code = analysis.profiles()[codeArgument(args, analysis)].code;
    const auto application = startOffscreenApplication();
    const aisov::render::CountryBrief brief = aisov::render::makeCountryBrief(
        analysis, code, static_cast<std::size_t>(top), cliLanguage());
    aisov::render::BriefRenderer::exportToFile(QString::fromStdString(*outPath), brief, *theme);
    out << "wrote " << *outPath << " (the country brief of " << code << ", one A4 page)\n";
    return static_cast<int>(ExitCode::Success);
}
