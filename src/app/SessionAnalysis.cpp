// The Session's read-only questions about pooling (partners, blocs) and the
// country brief. Everything is answered by aisov_core's Analysis and the
// render library; the Session only picks the profiles.

#include "AppStrings.h"
#include "Session.h"

#include "aisov/InputError.h"

namespace {

// A code no stored profile can have (codes are ISO alpha-3 or bloc codes
// without spaces), so a preview never collides with a profile.
const std::string kPreviewCode = "(new bloc)";

} // namespace

const aisov::Analysis* Session::analysis() const
{
    return m_analysis ? &*m_analysis : nullptr;
}

aisov::PartnerRanking Session::partners(const QString& code) const
{
    if (!m_analysis)
        throw aisov::InputError(app::toStdString(databasePath()), "code",
                                {aisov::InputProblem::NoDatabase});
    return m_analysis->partners(app::toStdString(code));
}

Session::CoalitionPreview Session::previewCoalition(const QStringList& members) const
{
    if (!m_analysis)
        throw aisov::InputError(app::toStdString(databasePath()), "members",
                                {aisov::InputProblem::NoDatabase});
    aisov::CoalitionSpec coalition;
    coalition.code = kPreviewCode;
    for (const QString& member : members)
        coalition.members.push_back(app::toStdString(member));
    // A copy: the preview must not change what every view shows.
    aisov::Analysis withCoalition = *m_analysis;
    withCoalition.addCoalition(coalition, "members");
    CoalitionPreview preview;
    preview.result = *withCoalition.result(kPreviewCode);
    preview.comparison = withCoalition.compareBloc(kPreviewCode);
    return preview;
}

aisov::render::CountryBrief Session::countryBrief(const QString& code) const
{
    if (!m_analysis)
        throw aisov::InputError(app::toStdString(databasePath()), "code",
                                {aisov::InputProblem::NoDatabase});
    return aisov::render::makeCountryBrief(*m_analysis, app::toStdString(code), 5,
                                           app::displayLanguage());
}
