<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>BlocBuilderDialog</name>
    <message>
        <source>Members</source>
        <translation>회원국</translation>
    </message>
    <message>
        <source>Build a Bloc</source>
        <translation>블록 만들기</translation>
    </message>
    <message>
        <source>Find a country</source>
        <translation>국가 찾기</translation>
    </message>
    <message>
        <source>Members of the bloc</source>
        <translation>블록의 회원국</translation>
    </message>
    <message>
        <source>Start from the &amp;EU-27</source>
        <translation>EU-27에서 시작(&amp;E)</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>지우기(&amp;L)</translation>
    </message>
    <message>
        <source>The bloc beside its members</source>
        <translation>블록과 회원국 비교</translation>
    </message>
    <message>
        <source>e.g. NORDIC</source>
        <translation>예: NORDIC</translation>
    </message>
    <message>
        <source>e.g. Nordic compute alliance</source>
        <translation>예: 북유럽 컴퓨팅 동맹</translation>
    </message>
    <message>
        <source>Bloc &amp;code:</source>
        <translation>블록 코드(&amp;C):</translation>
    </message>
    <message>
        <source>Bloc &amp;name:</source>
        <translation>블록 이름(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Save as Profile</source>
        <translation>프로필로 저장(&amp;S)</translation>
    </message>
    <message>
        <source>Pooled, the bloc scores %1 (%2), meeting %3 of %4 requirements.</source>
        <translation>통합하면 블록의 점수는 %1 (%2)이며, 요건 %4개 중 %3개를 충족합니다.</translation>
    </message>
    <message>
        <source>That is %1 points over its best member, %2.</source>
        <translation>가장 높은 회원국인 %2보다 %1포인트 높습니다.</translation>
    </message>
    <message>
        <source>For the average citizen (members weighted by population): %1 points.</source>
        <translation>평균 시민 기준(회원국을 인구로 가중): %1포인트.</translation>
    </message>
    <message>
        <source>Give the bloc a code.</source>
        <translation>블록 코드를 입력하십시오.</translation>
    </message>
    <message>
        <source>The bloc was not saved: %1</source>
        <translation>블록을 저장하지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>BlocPreviewModel</name>
    <message>
        <source>Check at least one member.</source>
        <translation>회원국을 한 곳 이상 선택하십시오.</translation>
    </message>
    <message>
        <source>The bloc, pooled</source>
        <translation>블록(통합)</translation>
    </message>
    <message>
        <source>Gain over the best member</source>
        <translation>가장 높은 회원국 대비 증가분</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>회원국</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>종합</translation>
    </message>
</context>
<context>
    <name>BriefRenderer</name>
    <message>
        <source>%1 of %2 requirements met</source>
        <translation>요건 %2개 중 %1개 충족</translation>
    </message>
    <message>
        <source>coverage %1</source>
        <translation>포괄률 %1</translation>
    </message>
    <message>
        <source>Country brief · bloc pooled from its members</source>
        <translation>국가 브리프 · 회원국을 통합한 블록</translation>
    </message>
    <message>
        <source>Country brief</source>
        <translation>국가 브리프</translation>
    </message>
    <message>
        <source>Too little data to rank this score with the others.</source>
        <translation>데이터가 부족하여 이 점수를 다른 점수와 함께 순위를 매길 수 없습니다.</translation>
    </message>
    <message>
        <source>The six requirements</source>
        <translation>여섯 가지 요건</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>기둥</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>점수</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>필요 점수</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>충족</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>Full sovereignty needs all of them at once.</source>
        <translation>완전한 주권은 이 요건을 모두 동시에 충족해야 합니다.</translation>
    </message>
    <message>
        <source>%1: data for %2 of its weight</source>
        <translation>%1: 가중치의 %2에 대한 데이터</translation>
    </message>
    <message>
        <source>Top levers: what one step of each indicator adds</source>
        <translation>주요 레버: 각 지표를 한 단계 올리면 더해지는 점수</translation>
    </message>
    <message>
        <source>No indicator can improve the score.</source>
        <translation>점수를 높일 수 있는 지표가 없습니다.</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>지표</translation>
    </message>
    <message>
        <source>Now → after one step</source>
        <translation>현재 → 한 단계 후</translation>
    </message>
    <message>
        <source>Gain</source>
        <translation>증가분</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>no year</source>
        <translation>연도 없음</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Sources of the %1 values</source>
        <translation>값 %1개의 출처</translation>
    </message>
    <message>
        <source>(no source given)</source>
        <translation>(출처 없음)</translation>
    </message>
    <message>
        <source>%1 (%2): %3.</source>
        <translation>%1 (%2): %3.</translation>
    </message>
    <message>
        <source>… and %1 more sources (aisov-cli explain lists every value)</source>
        <translation>… 외 출처 %1개 (aisov-cli explain에서 모든 값을 볼 수 있음)</translation>
    </message>
    <message>
        <source>AI Sovereignty Spectrum · %1 · %2 %3 · %4</source>
        <translation>AI 주권 스펙트럼 · %1 · %2 %3 · %4</translation>
    </message>
    <message>
        <source>Position on the spectrum</source>
        <translation>스펙트럼상의 위치</translation>
    </message>
    <message>
        <source>Pillars</source>
        <translation>기둥</translation>
    </message>
    <message>
        <source>Country brief: %1</source>
        <translation>국가 브리프: %1</translation>
    </message>
</context>
<context>
    <name>ChartData</name>
    <message>
        <source>missing</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Data year %1</source>
        <translation>데이터 연도 %1</translation>
    </message>
    <message>
        <source>Data years %1–%2</source>
        <translation>데이터 연도 %1–%2</translation>
    </message>
    <message>
        <source>1 value</source>
        <translation>값 1개</translation>
    </message>
    <message>
        <source>%1 values</source>
        <translation>값 %1개</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>출처: %1</translation>
    </message>
    <message>
        <source>Sources: not given</source>
        <translation>출처: 명시되지 않음</translation>
    </message>
</context>
<context>
    <name>ChartDescription</name>
    <message>
        <source>nothing to show</source>
        <translation>표시할 내용 없음</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>%1 %2, band %3</source>
        <translation>%1 %2, 등급 %3</translation>
    </message>
    <message>
        <source>%1 no data</source>
        <translation>%1 데이터 없음</translation>
    </message>
    <message>
        <source> (90% interval %1 to %2)</source>
        <translation> (90% 구간 %1~%2)</translation>
    </message>
    <message>
        <source>, %1: %2</source>
        <translation>, %1: %2</translation>
    </message>
    <message>
        <source>%1 %2 (meets %3)</source>
        <translation>%1 %2 (%3 충족)</translation>
    </message>
    <message>
        <source>%1 %2 (below %3)</source>
        <translation>%1 %2 (%3 미달)</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>%1 %2 to %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>%1, %2: overall %3 to %4; %5</source>
        <translation>%1, %2: 종합 %3 → %4; %5</translation>
    </message>
    <message>
        <source>%1 (%2) %3 points, %4 to %5</source>
        <translation>%1 (%2) %3포인트, %4 → %5</translation>
    </message>
    <message>
        <source>, meets the pillar&apos;s threshold</source>
        <translation>, 기둥의 기준선 충족</translation>
    </message>
    <message>
        <source>%1 %2 %3, band %4 (methodology %5)</source>
        <translation>%1 %2 %3, 등급 %4 (방법론 %5)</translation>
    </message>
</context>
<context>
    <name>ChartExporter</name>
    <message>
        <source>cannot render a %1 × %2 pixel image: too large or empty</source>
        <translation>%1 × %2 픽셀 이미지를 렌더링할 수 없습니다: 너무 크거나 비어 있음</translation>
    </message>
    <message>
        <source>cannot allocate a %1 × %2 pixel image</source>
        <translation>%1 × %2 픽셀 이미지를 할당할 수 없습니다</translation>
    </message>
    <message>
        <source>cannot encode the chart as PNG</source>
        <translation>차트를 PNG로 인코딩할 수 없습니다</translation>
    </message>
</context>
<context>
    <name>ChartFrame</name>
    <message>
        <source>Methodology: %1</source>
        <translation>방법론: %1</translation>
    </message>
    <message>
        <source>Methodology: %1, version %2</source>
        <translation>방법론: %1, 버전 %2</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>데이터 없음</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <source>Export Chart…</source>
        <translation>차트 내보내기…</translation>
    </message>
    <message>
        <source>Copy Chart</source>
        <translation>차트 복사</translation>
    </message>
    <message>
        <source>Copy Chart Data as Text</source>
        <translation>차트 데이터를 텍스트로 복사</translation>
    </message>
</context>
<context>
    <name>CompareChart</name>
    <message>
        <source>Pillar scores compared</source>
        <translation>기둥별 점수 비교</translation>
    </message>
    <message>
        <source>%1 (%2, %3/%4 met)</source>
        <translation>%1 (%2, %3/%4 충족)</translation>
    </message>
    <message>
        <source>%1 (no data)</source>
        <translation>%1 (데이터 없음)</translation>
    </message>
    <message>
        <source>solid: meets threshold</source>
        <translation>실선: 기준선 충족</translation>
    </message>
    <message>
        <source>hatched: below threshold</source>
        <translation>빗금: 기준선 미달</translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>기준선</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>해당 없음</translation>
    </message>
</context>
<context>
    <name>ComparePanel</name>
    <message>
        <source>Comparison</source>
        <translation>비교</translation>
    </message>
    <message>
        <source>Select 2 to 8 profiles in the list (Ctrl+click) to compare them.</source>
        <translation>비교할 프로필을 목록에서 2~8개 선택하십시오(Ctrl+클릭).</translation>
    </message>
    <message>
        <source>Spectrum</source>
        <translation>스펙트럼</translation>
    </message>
    <message>
        <source>Radar</source>
        <translation>레이더</translation>
    </message>
    <message>
        <source>Pillars</source>
        <translation>기둥</translation>
    </message>
    <message>
        <source>Rank stability</source>
        <translation>순위 안정성</translation>
    </message>
    <message>
        <source>&amp;Draws:</source>
        <translation>추출 횟수(&amp;D):</translation>
    </message>
    <message>
        <source>Uncertainty draws</source>
        <translation>불확실성 추출 횟수</translation>
    </message>
    <message>
        <source>How many Monte Carlo draws of weights, aggregation and values</source>
        <translation>가중치, 집계 방식, 값을 몬테카를로 방식으로 추출할 횟수</translation>
    </message>
    <message>
        <source>Run &amp;Uncertainty</source>
        <translation>불확실성 분석 실행(&amp;U)</translation>
    </message>
    <message>
        <source>p5–p95 whiskers on the spectrum and how often each profile holds each rank, computed in the background</source>
        <translation>스펙트럼의 p5–p95 수염과 각 프로필이 각 순위에 오르는 빈도 (백그라운드에서 계산)</translation>
    </message>
    <message>
        <source>Uncertainty progress</source>
        <translation>불확실성 분석 진행률</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Each cell: the share of the draws in which the profile holds that rank among the profiles compared; the framed cell is its most likely rank. p5 and p95 bound the middle 90 % of its scores.</source>
        <translation>각 칸: 비교한 프로필 가운데 그 프로필이 해당 순위에 오른 추출의 비율이며, 테두리가 있는 칸이 가장 가능성이 높은 순위입니다. p5와 p95는 점수의 가운데 90 %를 둘러싸는 경계입니다.</translation>
    </message>
    <message>
        <source>Computing %1 draws…</source>
        <translation>%1회 추출 계산 중…</translation>
    </message>
    <message>
        <source>%1 draws: whiskers (p5–p95) on the spectrum; ranks on the Rank stability tab.</source>
        <translation>%1회 추출: 스펙트럼에는 수염(p5–p95), 순위 안정성 탭에는 순위가 표시됩니다.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>취소되었습니다.</translation>
    </message>
    <message>
        <source>The uncertainty analysis failed: %1</source>
        <translation>불확실성 분석에 실패했습니다: %1</translation>
    </message>
    <message>
        <source>Select the profiles to compare in the list first.</source>
        <translation>먼저 목록에서 비교할 프로필을 선택하십시오.</translation>
    </message>
    <message>
        <source>The profiles, values or methodology changed since the last run: run it again.</source>
        <translation>마지막 실행 이후 프로필, 값 또는 방법론이 바뀌었습니다. 다시 실행하십시오.</translation>
    </message>
    <message>
        <source>Uncertainty: p5–p95 whiskers and how stable the ranks are.</source>
        <translation>불확실성: p5–p95 수염과 순위의 안정성.</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <source>no data</source>
        <translation>데이터 없음</translation>
    </message>
    <message>
        <source>Meets the %1 requirement</source>
        <translation>%1 요건 충족</translation>
    </message>
    <message>
        <source>Does not meet the %1 requirement</source>
        <translation>%1 요건 미충족</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2개 중 %1개</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>프로필</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>종합</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>등급</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>충족</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>포괄률</translation>
    </message>
</context>
<context>
    <name>ExplanationModel</name>
    <message>
        <source>missing</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>0 at the lower goalpost, 1 at the upper, after the transform and direction</source>
        <translation>변환과 방향을 적용한 뒤 하한 기준점에서 0, 상한 기준점에서 1</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>기둥</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>지표</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Normalised</source>
        <translation>정규화값</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>기여 점수</translation>
    </message>
</context>
<context>
    <name>ExportChartDialog</name>
    <message>
        <source>Export Chart</source>
        <translation>차트 내보내기</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG 이미지</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>SVG 벡터 그림</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF 문서</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>밝은 테마</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>어두운 테마</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>미리 보기</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>크기(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>형식(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>테마(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>해상도(&amp;R):</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>제목(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>복사(&amp;C)</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1 파일 (*.%2)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>내보내기 실패</translation>
    </message>
    <message>
        <source>The chart could not be written to %1.</source>
        <translation>차트를 %1에 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>고대비</translation>
    </message>
</context>
<context>
    <name>HistoryChart</name>
    <message>
        <source>Score over time</source>
        <translation>시간에 따른 점수</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>filled = snapshot</source>
        <translation>채운 점 = 스냅샷</translation>
    </message>
    <message>
        <source>%1, hollow = today</source>
        <translation>%1, 빈 점 = 오늘</translation>
    </message>
    <message>
        <source>%1, dashed line = methodology changed</source>
        <translation>%1, 점선 = 방법론 변경</translation>
    </message>
    <message>
        <source>No snapshots yet.</source>
        <translation>아직 스냅샷이 없습니다.</translation>
    </message>
</context>
<context>
    <name>HistoryListModel</name>
    <message>
        <source>%1 (scenario %2)</source>
        <translation>%1 (시나리오 %2)</translation>
    </message>
    <message>
        <source>Taken %1 (UTC), scored with methodology %2 (%3), version %4</source>
        <translation>%1 (UTC)에 생성, 방법론 %2 (%3) 버전 %4로 산정</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>생성 시각</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>레이블</translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation>방법론</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>점수</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>등급</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>%1, version %2</source>
        <translation>%1, 버전 %2</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>스냅샷</translation>
    </message>
    <message>
        <source>Changes since the snapshot</source>
        <translation>스냅샷 이후 변경 사항</translation>
    </message>
    <message>
        <source>Changes since</source>
        <translation>이후 변경</translation>
    </message>
    <message>
        <source>Requirements then</source>
        <translation>당시 요건</translation>
    </message>
    <message>
        <source>Why this score then</source>
        <translation>당시 점수의 이유</translation>
    </message>
    <message>
        <source>History</source>
        <translation>이력</translation>
    </message>
    <message>
        <source>The history cannot be read: %1</source>
        <translation>이력을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>No snapshot of this profile yet. Take one with Profile &gt; Take Snapshot (Ctrl+Shift+S).</source>
        <translation>이 프로필의 스냅샷이 아직 없습니다. 프로필 &gt; 스냅샷 만들기(Ctrl+Shift+S)로 만드십시오.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, taken %2: &lt;b&gt;%3&lt;/b&gt; (%4), methodology %5.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, %2에 생성: &lt;b&gt;%3&lt;/b&gt;(%4), 방법론 %5.</translation>
    </message>
    <message>
        <source>A snapshot of the scenario “%1”.</source>
        <translation>시나리오 “%1”의 스냅샷입니다.</translation>
    </message>
    <message>
        <source>The methodology this snapshot was scored with (%1) differs from today&apos;s of the same name and version. Its score is as it was then; the effects below use today&apos;s.</source>
        <translation>이 스냅샷을 산정한 방법론(%1)은 이름과 버전이 같은 오늘의 방법론과 다릅니다. 점수는 당시 그대로이며, 아래 영향은 오늘의 방법론으로 계산합니다.</translation>
    </message>
    <message>
        <source>Scored with another methodology: %1 then, %2 today. Its score is as it was then, not comparable one for one with today&apos;s; the effects below use today&apos;s methodology.</source>
        <translation>다른 방법론으로 산정됨: 당시 %1, 오늘 %2. 점수는 당시 그대로이므로 오늘의 점수와 일대일로 비교할 수 없으며, 아래 영향은 오늘의 방법론으로 계산합니다.</translation>
    </message>
    <message>
        <source>Cannot be compared with today: %1</source>
        <translation>오늘과 비교할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Score then %1, today %2</source>
        <translation>당시 점수 %1, 오늘 %2</translation>
    </message>
    <message>
        <source>%1: %2 points.</source>
        <translation>%1: %2포인트.</translation>
    </message>
    <message>
        <source>A pooled bloc has no values of its own: what changed is in its members&apos; values.</source>
        <translation>통합 블록에는 고유한 값이 없습니다. 변경 사항은 회원국의 값에 있습니다.</translation>
    </message>
    <message>
        <source>No value has changed since.</source>
        <translation>그 이후 바뀐 값이 없습니다.</translation>
    </message>
    <message>
        <source>1 value changed:</source>
        <translation>바뀐 값 1개:</translation>
    </message>
    <message>
        <source>%1 values changed:</source>
        <translation>바뀐 값 %1개:</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>%1의 이력</translation>
    </message>
</context>
<context>
    <name>ImportPlanModel</name>
    <message>
        <source>new</source>
        <translation>신규</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>변경</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>source or year changed</source>
        <translation>출처 또는 연도 변경</translation>
    </message>
    <message>
        <source>Profile / indicator</source>
        <translation>프로필 / 지표</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>변경</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>이전</translation>
    </message>
    <message>
        <source>After</source>
        <translation>이후</translation>
    </message>
    <message>
        <source>name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>translated names</source>
        <translation>번역된 이름</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>population</source>
        <translation>인구</translation>
    </message>
    <message>
        <source>GDP</source>
        <translation>GDP</translation>
    </message>
    <message>
        <source>members</source>
        <translation>회원국</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import %1</source>
        <translation>%1 가져오기</translation>
    </message>
    <message>
        <source>Changes the import makes</source>
        <translation>가져오기로 인한 변경 사항</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>가져오기(&amp;I)</translation>
    </message>
    <message>
        <source>Nothing to import: every profile in the file is already stored as it is.</source>
        <translation>가져올 것이 없습니다: 파일의 모든 프로필이 이미 같은 내용으로 저장되어 있습니다.</translation>
    </message>
    <message>
        <source>Profiles: %1 new, %2 changed. Values: %3 new, %4 changed, %5 removed. Profiles in the file that are already stored as they are: %6.</source>
        <translation>프로필: 신규 %1개, 변경 %2개. 값: 신규 %3개, 변경 %4개, 삭제 %5개. 파일에 있으나 이미 같은 내용으로 저장된 프로필: %6개.</translation>
    </message>
</context>
<context>
    <name>InputProblem</name>
    <message>
        <source>the file is empty</source>
        <translation>파일이 비어 있습니다</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 text</source>
        <translation>파일이 올바른 UTF-8 텍스트가 아닙니다</translation>
    </message>
    <message>
        <source>file is %1 MiB, larger than the limit of %2 MiB</source>
        <translation>파일 크기가 %1 MiB로, 한도인 %2 MiB보다 큽니다</translation>
    </message>
    <message>
        <source>file is larger than the limit of %1 MiB</source>
        <translation>파일이 한도인 %1 MiB보다 큽니다</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>올바른 JSON이 아닙니다: %1</translation>
    </message>
    <message>
        <source>duplicate key &quot;%1&quot; in an object</source>
        <translation>객체에 키 &quot;%1&quot;이(가) 중복되어 있습니다</translation>
    </message>
    <message>
        <source>JSON nested deeper than %1 levels</source>
        <translation>JSON 중첩이 %1단계보다 깊습니다</translation>
    </message>
    <message>
        <source>number %1 is too large</source>
        <translation>숫자 %1이(가) 너무 큽니다</translation>
    </message>
    <message>
        <source>number %1 is too small: it would read as 0</source>
        <translation>숫자 %1이(가) 너무 작습니다: 0으로 읽힙니다</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>객체가 필요하지만 %1이(가) 있습니다</translation>
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation>배열이 필요하지만 %1이(가) 있습니다</translation>
    </message>
    <message>
        <source>expected a number, found %1</source>
        <translation>숫자가 필요하지만 %1이(가) 있습니다</translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation>문자열이 필요하지만 %1이(가) 있습니다</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true 또는 false가 필요합니다</translation>
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation>정수가 필요하지만 %1이(가) 있습니다</translation>
    </message>
    <message>
        <source>must be between %1 and %2, found %3</source>
        <translation>%1에서 %2 사이여야 하지만 %3입니다</translation>
    </message>
    <message>
        <source>number is not finite (too large)</source>
        <translation>숫자가 유한하지 않습니다(너무 큼)</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; (expected one of: %2)</source>
        <translation>알 수 없는 키 &quot;%1&quot; (가능한 키: %2)</translation>
    </message>
    <message>
        <source>missing required key &quot;%1&quot;</source>
        <translation>필수 키 &quot;%1&quot;이(가) 없습니다</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (this version reads &quot;%2&quot;)</source>
        <translation>알 수 없는 형식 &quot;%1&quot; (이 버전이 읽는 형식: &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot; (expected one of: %2)</source>
        <translation>알 수 없는 값 &quot;%1&quot; (가능한 값: %2)</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>비어 있으면 안 됩니다</translation>
    </message>
    <message>
        <source>must be a positive number</source>
        <translation>양수여야 합니다</translation>
    </message>
    <message>
        <source>expected two numbers [low, high], found %1 elements</source>
        <translation>두 숫자 [하한, 상한]이 필요하지만 요소가 %1개 있습니다</translation>
    </message>
    <message>
        <source>missing required key &quot;goalposts&quot; (normalization is &quot;goalposts&quot;)</source>
        <translation>필수 키 &quot;goalposts&quot;가 없습니다 (normalization이 &quot;goalposts&quot;임)</translation>
    </message>
    <message>
        <source>a log floor needs &quot;transform&quot;: &quot;log&quot;</source>
        <translation>로그 하한값에는 &quot;transform&quot;: &quot;log&quot;가 필요합니다</translation>
    </message>
    <message>
        <source>must be below the high goalpost</source>
        <translation>상한 기준점보다 작아야 합니다</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot; (expected one of: %2)</source>
        <translation>알 수 없는 언어 &quot;%1&quot; (가능한 언어: %2)</translation>
    </message>
    <message>
        <source>a methodology needs at least one pillar</source>
        <translation>방법론에는 기둥이 하나 이상 있어야 합니다</translation>
    </message>
    <message>
        <source>a methodology needs at least one indicator</source>
        <translation>방법론에는 지표가 하나 이상 있어야 합니다</translation>
    </message>
    <message>
        <source>must be a share between 0 and 1</source>
        <translation>0과 1 사이의 비율이어야 합니다</translation>
    </message>
    <message>
        <source>duplicate pillar id &quot;%1&quot;</source>
        <translation>기둥 ID &quot;%1&quot;이(가) 중복됩니다</translation>
    </message>
    <message>
        <source>weight must be a non-negative number</source>
        <translation>가중치는 음수가 아니어야 합니다</translation>
    </message>
    <message>
        <source>threshold must be between 0 and 100</source>
        <translation>기준선은 0에서 100 사이여야 합니다</translation>
    </message>
    <message>
        <source>pillar weights are all zero; at least one must be positive</source>
        <translation>기둥 가중치가 모두 0입니다. 하나 이상은 양수여야 합니다</translation>
    </message>
    <message>
        <source>duplicate indicator id &quot;%1&quot;</source>
        <translation>지표 ID &quot;%1&quot;이(가) 중복됩니다</translation>
    </message>
    <message>
        <source>unknown pillar &quot;%1&quot;</source>
        <translation>알 수 없는 기둥 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>goalposts must be finite numbers</source>
        <translation>기준점은 유한한 숫자여야 합니다</translation>
    </message>
    <message>
        <source>goalposts are equal; low must be below high</source>
        <translation>기준점이 같습니다. 하한이 상한보다 작아야 합니다</translation>
    </message>
    <message>
        <source>goalposts must be [low, high] with low &lt; high; use &quot;direction&quot;: &quot;lower&quot; when less is better</source>
        <translation>기준점은 하한 &lt; 상한인 [하한, 상한]이어야 합니다. 값이 작을수록 좋다면 &quot;direction&quot;: &quot;lower&quot;를 사용하십시오</translation>
    </message>
    <message>
        <source>log transform needs positive goalposts, found low = %1</source>
        <translation>로그 변환에는 양수 기준점이 필요하지만 하한 = %1입니다</translation>
    </message>
    <message>
        <source>pillar &quot;%1&quot; has no indicators</source>
        <translation>기둥 &quot;%1&quot;에 지표가 없습니다</translation>
    </message>
    <message>
        <source>the indicator weights of pillar &quot;%1&quot; are all zero</source>
        <translation>기둥 &quot;%1&quot;의 지표 가중치가 모두 0입니다</translation>
    </message>
    <message>
        <source>the first band must start at 0</source>
        <translation>첫 번째 등급은 0에서 시작해야 합니다</translation>
    </message>
    <message>
        <source>must be between 0 and 100</source>
        <translation>0에서 100 사이여야 합니다</translation>
    </message>
    <message>
        <source>bands must be in ascending order of &quot;from&quot;</source>
        <translation>등급은 &quot;from&quot;의 오름차순이어야 합니다</translation>
    </message>
    <message>
        <source>must be at most %1 (people); found %2</source>
        <translation>최대 %1(명)이어야 하지만 %2입니다</translation>
    </message>
    <message>
        <source>must be at most %1 (US dollars); found %2</source>
        <translation>최대 %1(미국 달러)이어야 하지만 %2입니다</translation>
    </message>
    <message>
        <source>indicator &quot;%1&quot; uses a log transform, so its value must be positive; found %2</source>
        <translation>지표 &quot;%1&quot;은(는) 로그 변환을 사용하므로 값이 양수여야 하지만 %2입니다</translation>
    </message>
    <message>
        <source>indicator &quot;%1&quot; uses a log transform, so its value must be zero or positive; found %2</source>
        <translation>지표 &quot;%1&quot;은(는) 로그 변환을 사용하므로 값이 0 이상이어야 하지만 %2입니다</translation>
    </message>
    <message>
        <source>indicator &quot;%1&quot;: the value is not a finite number</source>
        <translation>지표 &quot;%1&quot;: 값이 유한한 숫자가 아닙니다</translation>
    </message>
    <message>
        <source>indicator &quot;%1&quot; (unit &quot;%2&quot;) allows values from %3 to %4; found %5</source>
        <translation>지표 &quot;%1&quot;(단위 &quot;%2&quot;)은(는) %3에서 %4까지의 값을 허용하지만 %5입니다</translation>
    </message>
    <message>
        <source>indicator &quot;%1&quot; (unit &quot;%2&quot;) allows values of at least %3; found %4</source>
        <translation>지표 &quot;%1&quot;(단위 &quot;%2&quot;)은(는) %3 이상의 값을 허용하지만 %4입니다</translation>
    </message>
    <message>
        <source>indicator &quot;%1&quot; (unit &quot;%2&quot;) allows values of at most %3; found %4</source>
        <translation>지표 &quot;%1&quot;(단위 &quot;%2&quot;)은(는) %3 이하의 값을 허용하지만 %4입니다</translation>
    </message>
    <message>
        <source>%1 is in the future (the current year is %2)</source>
        <translation>%1은(는) 미래입니다(현재 연도는 %2)</translation>
    </message>
    <message>
        <source>%1 is before %2, too old to be the year of a measured value</source>
        <translation>%1은(는) %2 이전이라 측정값의 연도로 보기에는 너무 오래되었습니다</translation>
    </message>
    <message>
        <source>expected a whole number (a year), found %1</source>
        <translation>정수(연도)가 필요하지만 %1이(가) 있습니다</translation>
    </message>
    <message>
        <source>unknown confidence &quot;%1&quot; (expected high, medium or low)</source>
        <translation>알 수 없는 신뢰도 &quot;%1&quot; (high, medium 또는 low여야 함)</translation>
    </message>
    <message>
        <source>unknown indicator &quot;%1&quot; (not in methodology &quot;%2&quot;)</source>
        <translation>알 수 없는 지표 &quot;%1&quot; (방법론 &quot;%2&quot;에 없음)</translation>
    </message>
    <message>
        <source>is %1 characters long; at most %2 are allowed</source>
        <translation>길이가 %1자입니다. 최대 %2자까지 허용됩니다</translation>
    </message>
    <message>
        <source>is not valid UTF-8</source>
        <translation>올바른 UTF-8이 아닙니다</translation>
    </message>
    <message>
        <source>holds a control character (%1)</source>
        <translation>제어 문자(%1)가 들어 있습니다</translation>
    </message>
    <message>
        <source>holds an invisible or direction-changing character (%1), which can make two different names look the same</source>
        <translation>보이지 않거나 방향을 바꾸는 문자(%1)가 들어 있어 서로 다른 두 이름이 같아 보일 수 있습니다</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>숫자가 아닙니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot;은(는) 숫자가 아닙니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a finite number</source>
        <translation>&quot;%1&quot;은(는) 유한한 숫자가 아닙니다</translation>
    </message>
    <message>
        <source>country code &quot;%1&quot; is not three upper-case letters (ISO 3166-1 alpha-3)</source>
        <translation>국가 코드 &quot;%1&quot;이(가) 대문자 세 글자(ISO 3166-1 alpha-3)가 아닙니다</translation>
    </message>
    <message>
        <source>bloc code &quot;%1&quot; must be 2-16 upper-case letters, digits, &apos;_&apos; or &apos;-&apos;</source>
        <translation>블록 코드 &quot;%1&quot;은(는) 대문자, 숫자, &apos;_&apos; 또는 &apos;-&apos;로 이루어진 2~16자여야 합니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither an ISO 3166-1 alpha-3 code nor an upper-case bloc id</source>
        <translation>&quot;%1&quot;은(는) ISO 3166-1 alpha-3 코드도, 대문자 블록 ID도 아닙니다</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot; (expected country or bloc)</source>
        <translation>알 수 없는 종류 &quot;%1&quot; (country 또는 bloc이어야 함)</translation>
    </message>
    <message>
        <source>only a bloc has members (set &quot;kind&quot;: &quot;bloc&quot;)</source>
        <translation>회원국은 블록만 가질 수 있습니다 (&quot;kind&quot;: &quot;bloc&quot;으로 설정하십시오)</translation>
    </message>
    <message>
        <source>only a bloc has members</source>
        <translation>회원국은 블록만 가질 수 있습니다</translation>
    </message>
    <message>
        <source>member &quot;%1&quot; is not an ISO 3166-1 alpha-3 code</source>
        <translation>회원국 &quot;%1&quot;은(는) ISO 3166-1 alpha-3 코드가 아닙니다</translation>
    </message>
    <message>
        <source>member &quot;%1&quot; is listed twice</source>
        <translation>회원국 &quot;%1&quot;이(가) 두 번 나열되어 있습니다</translation>
    </message>
    <message>
        <source>indicator &quot;%1&quot; has two values in this profile</source>
        <translation>이 프로필에서 지표 &quot;%1&quot;의 값이 두 개입니다</translation>
    </message>
    <message>
        <source>indicator &quot;%1&quot; of %2 appears twice</source>
        <translation>%2의 지표 &quot;%1&quot;이(가) 두 번 나옵니다</translation>
    </message>
    <message>
        <source>duplicate profile code &quot;%1&quot;</source>
        <translation>프로필 코드 &quot;%1&quot;이(가) 중복됩니다</translation>
    </message>
    <message>
        <source>bloc &quot;%1&quot; lists itself as a member</source>
        <translation>블록 &quot;%1&quot;이(가) 자신을 회원국으로 나열합니다</translation>
    </message>
    <message>
        <source>bloc &quot;%1&quot; lists member &quot;%2&quot;, which is not one of the profiles; add a profile for %2 or remove it from the bloc&apos;s members</source>
        <translation>블록 &quot;%1&quot;의 회원국 &quot;%2&quot;은(는) 프로필에 없습니다. %2의 프로필을 추가하거나 블록의 회원국에서 빼십시오</translation>
    </message>
    <message>
        <source>quoted field is not closed</source>
        <translation>따옴표로 묶은 필드가 닫히지 않았습니다</translation>
    </message>
    <message>
        <source>unexpected text after a closing quote</source>
        <translation>닫는 따옴표 뒤에 예상하지 못한 텍스트가 있습니다</translation>
    </message>
    <message>
        <source>a quote inside an unquoted field</source>
        <translation>따옴표로 묶지 않은 필드 안에 따옴표가 있습니다</translation>
    </message>
    <message>
        <source>the file is empty (expected the header %1)</source>
        <translation>파일이 비어 있습니다 (헤더 %1이(가) 필요함)</translation>
    </message>
    <message>
        <source>expected the header &quot;%1&quot;, found &quot;%2&quot;</source>
        <translation>헤더 &quot;%1&quot;이(가) 필요하지만 &quot;%2&quot;이(가) 있습니다</translation>
    </message>
    <message>
        <source>expected %1 fields, found %2</source>
        <translation>필드가 %1개 필요하지만 %2개 있습니다</translation>
    </message>
    <message>
        <source>a profile needs a name</source>
        <translation>프로필에는 이름이 필요합니다</translation>
    </message>
    <message>
        <source>unknown file type: the name must end in .json or .csv</source>
        <translation>알 수 없는 파일 형식: 이름이 .json 또는 .csv로 끝나야 합니다</translation>
    </message>
    <message>
        <source>a template needs at least one change</source>
        <translation>템플릿에는 변경이 하나 이상 있어야 합니다</translation>
    </message>
    <message>
        <source>duplicate template id &quot;%1&quot;</source>
        <translation>템플릿 ID &quot;%1&quot;이(가) 중복됩니다</translation>
    </message>
    <message>
        <source>indicator &quot;%1&quot; is changed per million people, and the profile has no population</source>
        <translation>지표 &quot;%1&quot;은(는) 인구 100만 명당으로 변경되는데, 프로필에 인구가 없습니다</translation>
    </message>
    <message>
        <source>no profile with code &quot;%1&quot;</source>
        <translation>코드가 &quot;%1&quot;인 프로필이 없습니다</translation>
    </message>
    <message>
        <source>no profile with this code</source>
        <translation>이 코드의 프로필이 없습니다</translation>
    </message>
    <message>
        <source>no profile with code &quot;%1&quot; today</source>
        <translation>현재 코드가 &quot;%1&quot;인 프로필이 없습니다</translation>
    </message>
    <message>
        <source>no profile and no snapshots with code &quot;%1&quot;</source>
        <translation>코드가 &quot;%1&quot;인 프로필도 스냅샷도 없습니다</translation>
    </message>
    <message>
        <source>coalition name &quot;%1&quot; is already a profile code</source>
        <translation>연합 이름 &quot;%1&quot;은(는) 이미 프로필 코드입니다</translation>
    </message>
    <message>
        <source>coalition &quot;%1&quot; needs at least one member</source>
        <translation>연합 &quot;%1&quot;에는 회원국이 하나 이상 있어야 합니다</translation>
    </message>
    <message>
        <source>indicator overridden twice</source>
        <translation>지표가 두 번 대체되었습니다</translation>
    </message>
    <message>
        <source>the snapshot holds no profile</source>
        <translation>스냅샷에 프로필이 없습니다</translation>
    </message>
    <message>
        <source>no such snapshot</source>
        <translation>해당 스냅샷이 없습니다</translation>
    </message>
    <message>
        <source>a scenario needs a name</source>
        <translation>시나리오에는 이름이 필요합니다</translation>
    </message>
    <message>
        <source>no profile with code &quot;%1&quot; to base a scenario on</source>
        <translation>시나리오의 기준으로 삼을, 코드가 &quot;%1&quot;인 프로필이 없습니다</translation>
    </message>
    <message>
        <source>no scenario &quot;%1&quot; on %2</source>
        <translation>%2에 시나리오 &quot;%1&quot;이(가) 없습니다</translation>
    </message>
    <message>
        <source>another scenario of %1 is named &quot;%2&quot;</source>
        <translation>%1의 다른 시나리오가 이미 &quot;%2&quot;(이)라는 이름을 사용합니다</translation>
    </message>
    <message>
        <source>the file is not an SQLite database (%1)</source>
        <translation>파일이 SQLite 데이터베이스가 아닙니다 (%1)</translation>
    </message>
    <message>
        <source>the database file is corrupt (%1); it was left unchanged; restore a backup, or salvage what can still be read into a new file with &apos;aisov-cli db recover %2 --out NEW.sqlite&apos;</source>
        <translation>데이터베이스 파일이 손상되었습니다 (%1). 파일은 변경하지 않았습니다. 백업을 복원하거나, &apos;aisov-cli db recover %2 --out NEW.sqlite&apos;로 아직 읽을 수 있는 내용을 새 파일로 살려 내십시오</translation>
    </message>
    <message>
        <source>the database file is corrupt (%1); it was left unchanged</source>
        <translation>데이터베이스 파일이 손상되었습니다 (%1). 파일은 변경하지 않았습니다</translation>
    </message>
    <message>
        <source>an SQLite database of another application (application_id %1), not an AI Sovereignty Spectrum store; it was left unchanged</source>
        <translation>AI 주권 스펙트럼 저장소가 아닌, 다른 애플리케이션의 SQLite 데이터베이스입니다 (application_id %1). 파일은 변경하지 않았습니다</translation>
    </message>
    <message>
        <source>a damaged store: schema version %1 is not one this program ever writes; it was left unchanged</source>
        <translation>손상된 저장소입니다: 스키마 버전 %1은(는) 이 프로그램이 쓰는 버전이 아닙니다. 파일은 변경하지 않았습니다</translation>
    </message>
    <message>
        <source>the store has schema version %1, newer than version %2 that this program reads; use a newer version of the program (the file was left unchanged)</source>
        <translation>저장소의 스키마 버전 %1은(는) 이 프로그램이 읽는 버전 %2보다 새롭습니다. 더 새로운 버전의 프로그램을 사용하십시오 (파일은 변경하지 않았습니다)</translation>
    </message>
    <message>
        <source>an SQLite database that is not an AI Sovereignty Spectrum store (it has tables of its own); it was left unchanged</source>
        <translation>AI 주권 스펙트럼 저장소가 아닌 SQLite 데이터베이스입니다 (자체 테이블이 있음). 파일은 변경하지 않았습니다</translation>
    </message>
    <message>
        <source>read with its write-ahead log %1 (which may belong to another database: if it is not this store&apos;s, move it away and try again), %2</source>
        <translation>미리 쓰기 로그 %1과(와) 함께 읽음 (다른 데이터베이스의 로그일 수 있습니다. 이 저장소의 것이 아니면 다른 곳으로 옮긴 뒤 다시 시도하십시오), %2</translation>
    </message>
    <message>
        <source>unknown export format: the file name must end in .json or .csv</source>
        <translation>알 수 없는 내보내기 형식: 파일 이름이 .json 또는 .csv로 끝나야 합니다</translation>
    </message>
    <message>
        <source>a profile with code &quot;%1&quot; exists already</source>
        <translation>코드가 &quot;%1&quot;인 프로필이 이미 있습니다</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; has no value for indicator &quot;%2&quot;</source>
        <translation>프로필 &quot;%1&quot;에 지표 &quot;%2&quot;의 값이 없습니다</translation>
    </message>
    <message>
        <source>a profile record without a code cannot be restored</source>
        <translation>코드가 없는 프로필 레코드는 복원할 수 없습니다</translation>
    </message>
    <message>
        <source>the record to restore is of indicator &quot;%1&quot;, not &quot;%2&quot;</source>
        <translation>복원할 레코드는 지표 &quot;%2&quot;이(가) 아니라 지표 &quot;%1&quot;의 것입니다</translation>
    </message>
    <message>
        <source>a row refers to profile &quot;%1&quot;, which the profiles table lacks: the database is inconsistent (&quot;aisov-cli db check&quot; lists such rows)</source>
        <translation>어떤 행이 profiles 테이블에 없는 프로필 &quot;%1&quot;을(를) 참조합니다: 데이터베이스가 일관되지 않습니다 (&quot;aisov-cli db check&quot;가 이런 행을 나열합니다)</translation>
    </message>
    <message>
        <source>a scenario is based on profile &quot;%1&quot;, which the profiles table lacks: the database is inconsistent</source>
        <translation>어떤 시나리오가 profiles 테이블에 없는 프로필 &quot;%1&quot;을(를) 기준으로 합니다: 데이터베이스가 일관되지 않습니다</translation>
    </message>
    <message>
        <source>no such methodology in the store</source>
        <translation>저장소에 해당 방법론이 없습니다</translation>
    </message>
    <message>
        <source>the store has no active methodology</source>
        <translation>저장소에 활성 방법론이 없습니다</translation>
    </message>
    <message>
        <source>a different methodology with this id and version is already stored; give the changed methodology a new version (snapshots rely on a stored version never changing)</source>
        <translation>ID와 버전이 같은 다른 방법론이 이미 저장되어 있습니다. 변경한 방법론에 새 버전을 지정하십시오 (스냅샷은 저장된 버전이 절대 바뀌지 않는다는 전제에 의존합니다)</translation>
    </message>
    <message>
        <source>check found %1 problem(s): %2</source>
        <translation>검사에서 문제 %1개를 찾았습니다: %2</translation>
    </message>
    <message>
        <source>no database is open</source>
        <translation>열린 데이터베이스가 없습니다</translation>
    </message>
    <message>
        <source>another scenario of %1 has this name</source>
        <translation>%1의 다른 시나리오가 이미 이 이름을 사용합니다</translation>
    </message>
    <message>
        <source>no profile with this code to base a scenario on</source>
        <translation>시나리오의 기준으로 삼을, 이 코드의 프로필이 없습니다</translation>
    </message>
    <message>
        <source>a snapshot needs a label</source>
        <translation>스냅샷에는 레이블이 필요합니다</translation>
    </message>
    <message>
        <source>no pillar with this id</source>
        <translation>이 ID의 기둥이 없습니다</translation>
    </message>
    <message>
        <source>no indicator with this id</source>
        <translation>이 ID의 지표가 없습니다</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&lt;input&gt;</source>
        <translation>&lt;input&gt;</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>this indicator alone does not reach the next band</source>
        <translation>이 지표만으로는 다음 등급에 도달하지 않습니다</translation>
    </message>
    <message>
        <source>no investment template with this id fits the methodology</source>
        <translation>이 ID의 투자 템플릿이 없거나 방법론에 맞지 않습니다</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; is a member of the bloc(s) %2; remove it from their members first</source>
        <translation>프로필 &quot;%1&quot;은(는) 블록 %2의 회원국입니다. 먼저 해당 블록의 회원국에서 제거하십시오</translation>
    </message>
    <message>
        <source>English is the item&apos;s own text, not a translation</source>
        <translation>영어는 항목 자체의 텍스트이며 번역이 아닙니다</translation>
    </message>
</context>
<context>
    <name>InvestmentTemplateModel</name>
    <message>
        <source>%1 points</source>
        <translation>%1포인트</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Left out, as the profile has no value to add to: %1</source>
        <translation>프로필에 더할 값이 없어 제외됨: %1</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>템플릿</translation>
    </message>
    <message>
        <source>Gain</source>
        <translation>증가분</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>점수</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>변경 사항</translation>
    </message>
    <message>
        <source>Not applied</source>
        <translation>적용 안 됨</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>설명</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>System Language</source>
        <translation>시스템 언어</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>The new language applies the next time AI Sovereignty Spectrum starts.</source>
        <translation>새 언어는 AI 주권 스펙트럼을 다음에 시작할 때 적용됩니다.</translation>
    </message>
</context>
<context>
    <name>LeverModel</name>
    <message>
        <source>top band</source>
        <translation>최상위 등급</translation>
    </message>
    <message>
        <source>not alone</source>
        <translation>단독 불가</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1포인트</translation>
    </message>
    <message>
        <source>One step (%1 % of the goalpost range) to %2: overall score %3 → %4</source>
        <translation>한 단계(기준점 범위의 %1 %) 올려 %2: 종합 점수 %3 → %4</translation>
    </message>
    <message>
        <source>The pillar that one step lifts to its threshold: %1 → %2</source>
        <translation>한 단계로 기준선에 도달하는 기둥: %1 → %2</translation>
    </message>
    <message>
        <source>The smallest value of this indicator alone that reaches the band &quot;%1&quot; (from %2)</source>
        <translation>이 지표만으로 등급 &quot;%1&quot;(%2부터)에 도달하는 최솟값</translation>
    </message>
    <message>
        <source>Already in the top band</source>
        <translation>이미 최상위 등급</translation>
    </message>
    <message>
        <source>The pillar that one step lifts to its threshold</source>
        <translation>한 단계로 기준선에 도달하는 기둥</translation>
    </message>
    <message>
        <source>The smallest change of this indicator alone that reaches the next band</source>
        <translation>이 지표만으로 다음 등급에 도달하는 최소 변화량</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>지표</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>기둥</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>현재</translation>
    </message>
    <message>
        <source>Gain</source>
        <translation>증가분</translation>
    </message>
    <message>
        <source>Meets</source>
        <translation>충족</translation>
    </message>
    <message>
        <source>For next band</source>
        <translation>다음 등급까지</translation>
    </message>
    <message>
        <source>Value needed</source>
        <translation>필요한 값</translation>
    </message>
</context>
<context>
    <name>LeversChart</name>
    <message>
        <source>Investment levers</source>
        <translation>투자 레버</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <source>%1: no data</source>
        <translation>%1: 데이터 없음</translation>
    </message>
    <message>
        <source> · already in the top band</source>
        <translation> · 이미 최상위 등급</translation>
    </message>
    <message>
        <source> · next band “%1” from %2</source>
        <translation> · %2부터 다음 등급 “%1”</translation>
    </message>
    <message>
        <source>%1  pillar meets its threshold</source>
        <translation>%1  기둥이 기준선 충족</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Bar: overall score points after one step of %1% of the indicator&apos;s goalpost range; a missing indicator starts from its worst goalpost, which can lower the score (grey).</source>
        <translation>막대: 지표의 기준점 범위의 %1%만큼 한 단계 올린 뒤의 종합 점수 증가분(포인트). 값이 없는 지표는 가장 낮은 기준점에서 시작하므로 점수가 낮아질 수 있습니다(회색).</translation>
    </message>
    <message>
        <source>No levers to show.</source>
        <translation>표시할 레버가 없습니다.</translation>
    </message>
</context>
<context>
    <name>LeversPanel</name>
    <message>
        <source>Investment levers, largest gain first</source>
        <translation>투자 레버 (증가분이 큰 순)</translation>
    </message>
    <message>
        <source>Investment templates, best gain first</source>
        <translation>투자 템플릿 (증가분이 큰 순)</translation>
    </message>
    <message>
        <source>Levers chart</source>
        <translation>레버 차트</translation>
    </message>
    <message>
        <source>Real investments as sets of changes, each applied alone to the profile (sources of every magnitude in data/templates/investment-templates.json).</source>
        <translation>실제 투자를 변경 사항의 묶음으로 나타낸 것으로, 각각 따로 프로필에 적용합니다 (모든 규모의 출처는 data/templates/investment-templates.json에 있습니다).</translation>
    </message>
    <message>
        <source>Investment templates</source>
        <translation>투자 템플릿</translation>
    </message>
    <message>
        <source>&amp;Make Scenario</source>
        <translation>시나리오 만들기(&amp;M)</translation>
    </message>
    <message>
        <source>Turn the selected lever (one step) or template into a scenario you can adjust</source>
        <translation>선택한 레버(한 단계) 또는 템플릿을 조정할 수 있는 시나리오로 만들기</translation>
    </message>
    <message>
        <source>Make Scenario Reaching the &amp;Next Band</source>
        <translation>다음 등급에 도달하는 시나리오 만들기(&amp;N)</translation>
    </message>
    <message>
        <source>Levers start from</source>
        <translation>레버의 시작점</translation>
    </message>
    <message>
        <source>&amp;Start from:</source>
        <translation>시작점(&amp;S):</translation>
    </message>
    <message>
        <source>%1 as it is</source>
        <translation>%1 (현재 그대로)</translation>
    </message>
    <message>
        <source>No profile</source>
        <translation>프로필 없음</translation>
    </message>
    <message>
        <source>Scenario %1</source>
        <translation>시나리오 %1</translation>
    </message>
    <message>
        <source>The templates cannot be ranked: %1</source>
        <translation>템플릿의 순위를 매길 수 없습니다: %1</translation>
    </message>
    <message>
        <source>%1 of the bundled templates change indicators this methodology does not have and are left out.</source>
        <translation>기본 제공 템플릿 중 %1개는 이 방법론에 없는 지표를 변경하므로 제외했습니다.</translation>
    </message>
    <message>
        <source>Investment templates (%1)</source>
        <translation>투자 템플릿 (%1)</translation>
    </message>
    <message>
        <source>Levers</source>
        <translation>레버</translation>
    </message>
    <message>
        <source>Select a profile to see which investment would lift it most.</source>
        <translation>프로필을 선택하면 어떤 투자가 점수를 가장 많이 올리는지 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>The levers cannot be computed: %1</source>
        <translation>레버를 계산할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Computing the levers…</source>
        <translation>레버 계산 중…</translation>
    </message>
    <message>
        <source>Now %1 (%2).</source>
        <translation>현재 %1 (%2).</translation>
    </message>
    <message>
        <source> The next band, %1, starts at %2.</source>
        <translation> 다음 등급 %1은(는) %2부터입니다.</translation>
    </message>
    <message>
        <source> Already in the top band.</source>
        <translation> 이미 최상위 등급입니다.</translation>
    </message>
    <message>
        <source> Gain: what one step (%1 % of an indicator&apos;s goalpost range, toward the better goalpost) adds to the overall score; a missing value starts from the worst goalpost.</source>
        <translation> 증가분: 한 단계(지표의 기준점 범위의 %1 %, 더 나은 기준점 쪽으로)가 종합 점수에 더하는 값입니다. 값이 없으면 가장 나쁜 쪽 기준점에서 시작합니다.</translation>
    </message>
    <message>
        <source>%1: %2 Changes: %3. Not applied (no value to add to): %4.</source>
        <translation>%1: %2 변경 사항: %3. 적용 안 됨(더할 값 없음): %4.</translation>
    </message>
    <message>
        <source>Cannot make the scenario</source>
        <translation>시나리오를 만들 수 없음</translation>
    </message>
    <message>
        <source>The scenario could not be made.

%1

Nothing was changed.</source>
        <translation>시나리오를 만들 수 없습니다.

%1

아무것도 변경되지 않았습니다.</translation>
    </message>
    <message>
        <source>Levers of %1</source>
        <translation>%1의 레버</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Profile</source>
        <translation>프로필(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>비교(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Scenarios</source>
        <translation>시나리오(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>이력(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Methodology</source>
        <translation>방법론(&amp;M)</translation>
    </message>
    <message>
        <source>P&amp;artners</source>
        <translation>파트너(&amp;A)</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>프로필</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;New Profile…</source>
        <translation>새 프로필(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Duplicate Profile…</source>
        <translation>프로필 복제(&amp;D)…</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>De&amp;lete Profile…</source>
        <translation>프로필 삭제(&amp;L)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Del</source>
        <translation>Ctrl+Shift+Del</translation>
    </message>
    <message>
        <source>&amp;Import Profiles…</source>
        <translation>프로필 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Export &amp;Profiles…</source>
        <translation>프로필 내보내기(&amp;P)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Export &amp;Chart…</source>
        <translation>차트 내보내기(&amp;C)…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Cop&amp;y Chart</source>
        <translation>차트 복사(&amp;Y)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Take &amp;Snapshot…</source>
        <translation>스냅샷 만들기(&amp;S)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>&amp;Find Profile</source>
        <translation>프로필 찾기(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>New &amp;Database…</source>
        <translation>새 데이터베이스(&amp;D)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>데이터베이스 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>최근 파일(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Scenario</source>
        <translation>시나리오(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>분석(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <source>Ctrl+5</source>
        <translation>Ctrl+5</translation>
    </message>
    <message>
        <source>Ctrl+6</source>
        <translation>Ctrl+6</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About AI Sovereignty Spectrum</source>
        <translation>AI 주권 스펙트럼 정보(&amp;A)</translation>
    </message>
    <message>
        <source>About AI Sovereignty Spectrum</source>
        <translation>AI 주권 스펙트럼 정보</translation>
    </message>
    <message>
        <source>AI Sovereignty Spectrum %1
Places a country or a bloc on a 0–100 % AI sovereignty spectrum across compute, infrastructure, data, talent, regulation and energy.</source>
        <translation>AI 주권 스펙트럼 %1
국가 또는 블록을 컴퓨팅, 인프라, 데이터, 인재, 규제, 에너지에 걸쳐 0–100 % AI 주권 스펙트럼 위에 배치합니다.</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>기본</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>실행 취소</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>다시 실행</translation>
    </message>
    <message>
        <source>&amp;Compare (%1)</source>
        <translation>비교(&amp;C) (%1)</translation>
    </message>
    <message>
        <source>Cannot undo or redo</source>
        <translation>실행 취소 또는 다시 실행할 수 없음</translation>
    </message>
    <message>
        <source>The change could not be written to the database: %1

The database keeps what it had; close other programs that use it and try again.</source>
        <translation>변경 사항을 데이터베이스에 쓸 수 없습니다: %1

데이터베이스는 이전 내용을 그대로 유지합니다. 이 데이터베이스를 사용하는 다른 프로그램을 닫고 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>&amp;Methodology (edited)</source>
        <translation>방법론(&amp;M) (편집됨)</translation>
    </message>
    <message>
        <source>Unsaved Methodology</source>
        <translation>저장하지 않은 방법론</translation>
    </message>
    <message>
        <source>The methodology has edits that are not saved; %1 drops them. Continue? (Keep them with Save as Version… on the Methodology tab.)</source>
        <translation>방법론에 저장하지 않은 편집 내용이 있습니다. %1 편집 내용이 삭제됩니다. 계속하시겠습니까? (방법론 탭의 ‘버전으로 저장…’으로 보존할 수 있습니다.)</translation>
    </message>
    <message>
        <source>quitting</source>
        <translation>끝내면</translation>
    </message>
    <message>
        <source>AI Sovereignty Spectrum</source>
        <translation>AI 주권 스펙트럼</translation>
    </message>
    <message>
        <source>%1 – AI Sovereignty Spectrum</source>
        <translation>%1 – AI 주권 스펙트럼</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (읽기 전용)</translation>
    </message>
    <message>
        <source>%1 (at %2)</source>
        <translation>%1 (위치: %2)</translation>
    </message>
    <message>
        <source>Nothing was changed. Correct the file, or choose another one.</source>
        <translation>아무것도 변경되지 않았습니다. 파일을 수정하거나 다른 파일을 선택하십시오.</translation>
    </message>
    <message>
        <source>Nothing was changed. Check that the file exists, that you may read and write it, and that no other program holds it; then try again.</source>
        <translation>아무것도 변경되지 않았습니다. 파일이 있는지, 읽고 쓸 권한이 있는지, 다른 프로그램이 사용 중이지 않은지 확인한 뒤 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>%1

%2

%3</source>
        <translation>%1

%2

%3</translation>
    </message>
    <message>
        <source>opening another database</source>
        <translation>다른 데이터베이스를 열면</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>데이터베이스를 열 수 없음</translation>
    </message>
    <message>
        <source>The database %1 could not be opened.</source>
        <translation>데이터베이스 %1을(를) 열 수 없습니다.</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>새 데이터베이스</translation>
    </message>
    <message>
        <source>Databases (*.sqlite *.db)</source>
        <translation>데이터베이스 (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>%1 exists already; open it with File &gt; Open Database.</source>
        <translation>%1이(가) 이미 있습니다. 파일 &gt; 데이터베이스 열기로 여십시오.</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>데이터베이스 열기</translation>
    </message>
    <message>
        <source>Databases (*.sqlite *.db);;All files (*)</source>
        <translation>데이터베이스 (*.sqlite *.db);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>New Profile</source>
        <translation>새 프로필</translation>
    </message>
    <message>
        <source>Cannot create the profile</source>
        <translation>프로필을 만들 수 없음</translation>
    </message>
    <message>
        <source>The profile %1 could not be created.</source>
        <translation>프로필 %1을(를) 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation>%1 복제</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (사본)</translation>
    </message>
    <message>
        <source>Cannot duplicate the profile</source>
        <translation>프로필을 복제할 수 없음</translation>
    </message>
    <message>
        <source>%1 could not be duplicated.</source>
        <translation>%1을(를) 복제할 수 없습니다.</translation>
    </message>
    <message>
        <source>Delete Profile</source>
        <translation>프로필 삭제</translation>
    </message>
    <message>
        <source>Cannot delete the profile</source>
        <translation>프로필을 삭제할 수 없음</translation>
    </message>
    <message>
        <source>%1 could not be deleted.</source>
        <translation>%1을(를) 삭제할 수 없습니다.</translation>
    </message>
    <message>
        <source>Snapshot taken; see the History tab</source>
        <translation>스냅샷을 만들었습니다. 이력 탭을 확인하십시오</translation>
    </message>
    <message>
        <source>Import Profiles</source>
        <translation>프로필 가져오기</translation>
    </message>
    <message>
        <source>Profiles (*.json *.csv)</source>
        <translation>프로필 (*.json *.csv)</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>가져올 수 없음</translation>
    </message>
    <message>
        <source>%1 cannot be imported.</source>
        <translation>%1을(를) 가져올 수 없습니다.</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>가져오기 실패</translation>
    </message>
    <message>
        <source>%1 was not imported.</source>
        <translation>%1을(를) 가져오지 못했습니다.</translation>
    </message>
    <message>
        <source>Export Profiles</source>
        <translation>프로필 내보내기</translation>
    </message>
    <message>
        <source>JSON (*.json);;CSV (*.csv)</source>
        <translation>JSON (*.json);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>%1(으)로 내보냈습니다</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>내보내기 실패</translation>
    </message>
    <message>
        <source>The profiles could not be written to %1.</source>
        <translation>프로필을 %1에 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>Chart copied to the clipboard</source>
        <translation>차트를 클립보드에 복사했습니다</translation>
    </message>
    <message>
        <source>&amp;Build a Bloc…</source>
        <translation>블록 만들기(&amp;B)…</translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <source>Export Country &amp;Brief…</source>
        <translation>국가 브리프 내보내기(&amp;B)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>프레젠테이션(&amp;P)</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>Saved the bloc %1</source>
        <translation>블록 %1을(를) 저장했습니다</translation>
    </message>
    <message>
        <source>Export Country Brief</source>
        <translation>국가 브리프 내보내기</translation>
    </message>
    <message>
        <source>%1 brief.pdf</source>
        <translation>%1 국가 브리프.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot export the brief</source>
        <translation>브리프를 내보낼 수 없음</translation>
    </message>
    <message>
        <source>The country brief of %1 could not be written to %2.</source>
        <translation>%1의 국가 브리프를 %2에 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>Wrote the brief of %1 to %2</source>
        <translation>%1의 브리프를 %2에 썼습니다</translation>
    </message>
    <message>
        <source>&amp;Levers</source>
        <translation>레버(&amp;L)</translation>
    </message>
    <message>
        <source>Copy Chart &amp;Data as Text</source>
        <translation>차트 데이터를 텍스트로 복사(&amp;D)</translation>
    </message>
    <message>
        <source>Ctrl+Alt+C</source>
        <translation>Ctrl+Alt+C</translation>
    </message>
    <message>
        <source>&amp;High-Contrast Charts</source>
        <translation>고대비 차트(&amp;H)</translation>
    </message>
    <message>
        <source>Ctrl+Alt+H</source>
        <translation>Ctrl+Alt+H</translation>
    </message>
    <message>
        <source>Ctrl+7</source>
        <translation>Ctrl+7</translation>
    </message>
    <message>
        <source>Run &amp;Uncertainty</source>
        <translation>불확실성 분석 실행(&amp;U)</translation>
    </message>
    <message>
        <source>Ctrl+U</source>
        <translation>Ctrl+U</translation>
    </message>
    <message>
        <source>Whiskers and rank stability of the profiles compared</source>
        <translation>비교한 프로필의 수염과 순위 안정성</translation>
    </message>
    <message>
        <source>Made the scenario %1; adjust it here, or undo it with Edit &gt; Undo</source>
        <translation>시나리오 %1을(를) 만들었습니다. 여기서 조정하거나 편집 &gt; 실행 취소로 되돌리십시오</translation>
    </message>
    <message>
        <source>%1 could not be deleted.

%2

Nothing was changed.</source>
        <translation>%1을(를) 삭제할 수 없습니다.

%2

아무것도 변경되지 않았습니다.</translation>
    </message>
    <message>
        <source>Methodology edits set back</source>
        <translation>방법론 편집을 되돌림</translation>
    </message>
    <message>
        <source>The edited methodology cannot score the profiles as the database holds them now: %1

The methodology was set back to the saved one (%2 %3); the database keeps its data.</source>
        <translation>편집한 방법론으로는 데이터베이스에 현재 저장된 프로필을 점수화할 수 없습니다: %1

방법론을 저장된 방법론(%2 %3)으로 되돌렸습니다. 데이터베이스의 데이터는 그대로 유지됩니다.</translation>
    </message>
    <message>
        <source>The Rank stability tab shows a table, not a chart: choose the Spectrum, Radar or Pillars tab to export or copy a chart.</source>
        <translation>순위 안정성 탭은 차트가 아닌 표를 보여 줍니다. 차트를 내보내거나 복사하려면 스펙트럼, 레이더 또는 기둥 탭을 고르십시오.</translation>
    </message>
    <message>
        <source>Delete %1 with its values (%2) and its scenarios? You can undo this.</source>
        <translation>%1을(를) 값(%2개) 및 시나리오와 함께 삭제하시겠습니까? 실행 취소할 수 있습니다.</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>키보드 단축키(&amp;K)</translation>
    </message>
    <message>
        <source>Ctrl+/</source>
        <translation>Ctrl+/</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>사용자 안내서(&amp;U)</translation>
    </message>
</context>
<context>
    <name>MethodologyModel</name>
    <message>
        <source>lower is better</source>
        <translation>낮을수록 좋음</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>높을수록 좋음</translation>
    </message>
    <message>
        <source>log</source>
        <translation>로그</translation>
    </message>
    <message>
        <source>linear</source>
        <translation>선형</translation>
    </message>
    <message>
        <source>The pillar meets its requirement at or above this score (0–100).</source>
        <translation>기둥 점수가 이 값(0–100) 이상이면 요건을 충족합니다.</translation>
    </message>
    <message>
        <source>Goalposts in %1: at or beyond them the indicator scores 0 or 1.</source>
        <translation>기준점(단위: %1): 기준점에 이르거나 넘어서면 지표 점수는 0 또는 1입니다.</translation>
    </message>
    <message>
        <source>Pillar / indicator</source>
        <translation>기둥 / 지표</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>가중치</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>기준선</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>방향</translation>
    </message>
    <message>
        <source>Transform</source>
        <translation>변환</translation>
    </message>
    <message>
        <source>Low goalpost</source>
        <translation>하한 기준점</translation>
    </message>
    <message>
        <source>High goalpost</source>
        <translation>상한 기준점</translation>
    </message>
</context>
<context>
    <name>MethodologyPanel</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Stored methodology</source>
        <translation>저장된 방법론</translation>
    </message>
    <message>
        <source>&amp;Stored methodology:</source>
        <translation>저장된 방법론(&amp;S):</translation>
    </message>
    <message>
        <source>Save as Ve&amp;rsion…</source>
        <translation>버전으로 저장(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>내보내기(&amp;X)…</translation>
    </message>
    <message>
        <source>Reset to &amp;Default</source>
        <translation>기본값으로 재설정(&amp;D)</translation>
    </message>
    <message>
        <source>Pillars and indicators</source>
        <translation>기둥과 지표</translation>
    </message>
    <message>
        <source>Aggregation within a pillar</source>
        <translation>기둥 내 집계</translation>
    </message>
    <message>
        <source>Aggregation across pillars</source>
        <translation>기둥 간 집계</translation>
    </message>
    <message>
        <source>arithmetic mean</source>
        <translation>산술평균</translation>
    </message>
    <message>
        <source>Strengths compensate weaknesses.</source>
        <translation>강점이 약점을 보완합니다.</translation>
    </message>
    <message>
        <source>geometric mean</source>
        <translation>기하평균</translation>
    </message>
    <message>
        <source>A weak part pulls the whole down; one near zero pulls it towards zero.</source>
        <translation>약한 부분이 전체를 끌어내립니다. 0에 가까운 부분이 하나 있으면 전체도 0에 가까워집니다.</translation>
    </message>
    <message>
        <source>minimum</source>
        <translation>최솟값</translation>
    </message>
    <message>
        <source>The weakest part decides.</source>
        <translation>가장 약한 부분이 결정합니다.</translation>
    </message>
    <message>
        <source>Missing data</source>
        <translation>결측 데이터</translation>
    </message>
    <message>
        <source>left out, re-weighted</source>
        <translation>제외 후 가중치 재조정</translation>
    </message>
    <message>
        <source>A missing indicator is left out and its pillar re-weighted; a pillar without data is left out of the overall score.</source>
        <translation>값이 없는 지표는 제외하고 해당 기둥의 가중치를 재조정합니다. 데이터가 없는 기둥은 종합 점수에서 제외합니다.</translation>
    </message>
    <message>
        <source>scored as zero</source>
        <translation>0으로 처리</translation>
    </message>
    <message>
        <source>A missing indicator counts as 0.</source>
        <translation>값이 없는 지표는 0으로 계산합니다.</translation>
    </message>
    <message>
        <source>Aggregation and missing data</source>
        <translation>집계와 결측 데이터</translation>
    </message>
    <message>
        <source>&amp;Within a pillar:</source>
        <translation>기둥 내(&amp;W):</translation>
    </message>
    <message>
        <source>Across pi&amp;llars:</source>
        <translation>기둥 간(&amp;L):</translation>
    </message>
    <message>
        <source>Missin&amp;g data:</source>
        <translation>결측 데이터(&amp;G):</translation>
    </message>
    <message>
        <source>Pillar weights</source>
        <translation>기둥 가중치</translation>
    </message>
    <message>
        <source>&amp;Only profiles whose rank or band moved</source>
        <translation>순위나 등급이 바뀐 프로필만(&amp;O)</translation>
    </message>
    <message>
        <source>What the edits move</source>
        <translation>편집으로 바뀌는 것</translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation>적용되지 않음: %1</translation>
    </message>
    <message>
        <source>Weight of %1</source>
        <translation>%1의 가중치</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>100.0 %</source>
        <translation>100.0 %</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>As stored</source>
        <translation>저장된 상태</translation>
    </message>
    <message>
        <source>Scored with %1 as stored. Move a weight or edit a goalpost or a rule: every score is recomputed at once, and this table shows which ranks and bands move.</source>
        <translation>저장된 %1(으)로 산정했습니다. 가중치를 옮기거나 기준점 또는 규칙을 편집하면 모든 점수가 즉시 다시 계산되고, 이 표에 순위와 등급이 바뀌는 프로필이 표시됩니다.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Edited, not saved&lt;/b&gt;</source>
        <translation>&lt;b&gt;편집됨, 저장되지 않음&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Against %1 as stored: %2 profiles change rank, %3 change band. The edits are kept in memory until you save them as a version.</source>
        <translation>저장된 %1 대비: 프로필 %2개의 순위, %3개의 등급이 바뀝니다. 편집 내용은 버전으로 저장할 때까지 메모리에 유지됩니다.</translation>
    </message>
    <message>
        <source>Use Another Methodology</source>
        <translation>다른 방법론 사용</translation>
    </message>
    <message>
        <source>The methodology has edits that are not saved. Use %1 %2 instead and set the edits aside? Undo brings them back.</source>
        <translation>방법론에 저장하지 않은 편집 내용이 있습니다. 대신 %1 %2을(를) 사용하고 편집 내용을 보류하시겠습니까? 실행 취소하면 다시 돌아옵니다.</translation>
    </message>
    <message>
        <source>Cannot use the methodology</source>
        <translation>방법론을 사용할 수 없음</translation>
    </message>
    <message>
        <source>%1 %2 cannot be used with the profiles of this database: %3

Nothing was changed.</source>
        <translation>%1 %2은(는) 이 데이터베이스의 프로필에 사용할 수 없습니다: %3

아무것도 변경되지 않았습니다.</translation>
    </message>
    <message>
        <source>Cannot reset the methodology</source>
        <translation>방법론을 재설정할 수 없음</translation>
    </message>
    <message>
        <source>The bundled default methodology cannot score the profiles of this database: %1

Nothing was changed.</source>
        <translation>기본 제공 방법론으로 이 데이터베이스의 프로필을 산정할 수 없습니다: %1

아무것도 변경되지 않았습니다.</translation>
    </message>
    <message>
        <source>Import Methodology</source>
        <translation>방법론 가져오기</translation>
    </message>
    <message>
        <source>Methodologies (*.json);;All files (*)</source>
        <translation>방법론 (*.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Cannot import the methodology</source>
        <translation>방법론을 가져올 수 없음</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2

Nothing was changed.</source>
        <translation>%1을(를) 가져올 수 없습니다: %2

아무것도 변경되지 않았습니다.</translation>
    </message>
    <message>
        <source>%1-%2.json</source>
        <translation>%1-%2.json</translation>
    </message>
    <message>
        <source>Export Methodology</source>
        <translation>방법론 내보내기</translation>
    </message>
    <message>
        <source>Methodologies (*.json)</source>
        <translation>방법론 (*.json)</translation>
    </message>
    <message>
        <source>Cannot export the methodology</source>
        <translation>방법론을 내보낼 수 없음</translation>
    </message>
    <message>
        <source>The methodology could not be written to %1: %2</source>
        <translation>방법론을 %1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Arrow keys change the weight; type an exact weight in the tree&apos;s Weight column.</source>
        <translation>화살표 키로 가중치를 바꿉니다. 정확한 가중치는 트리의 가중치 열에 입력하십시오.</translation>
    </message>
</context>
<context>
    <name>NameWithCode</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A profile&apos;s name and its code, as in &quot;Japan (JPN)&quot;.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>NewProfileDialog</name>
    <message>
        <source>a country: ISO alpha-3 (CHE); a bloc: any (NORDICS)</source>
        <translation>국가: ISO alpha-3 (CHE), 블록: 자유 형식 (NORDICS)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>Bloc</source>
        <translation>블록</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>코드(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>유형(&amp;K):</translation>
    </message>
    <message>
        <source>Give the profile a code (letters, digits, - or _).</source>
        <translation>프로필 코드를 입력하십시오(영문자, 숫자, - 또는 _).</translation>
    </message>
    <message>
        <source>A profile with the code %1 exists already.</source>
        <translation>코드가 %1인 프로필이 이미 있습니다.</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>프로필 이름을 입력하십시오.</translation>
    </message>
</context>
<context>
    <name>PartnerModel</name>
    <message>
        <source>%1%2 points</source>
        <translation>%1%2포인트</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2개 중 %1개</translation>
    </message>
    <message>
        <source>Requirements the pair meets that %1 alone does not</source>
        <translation>%1 단독으로는 충족하지 못하지만 둘이 함께 충족하는 요건</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>파트너</translation>
    </message>
    <message>
        <source>Alone</source>
        <translation>단독</translation>
    </message>
    <message>
        <source>Pooled</source>
        <translation>통합</translation>
    </message>
    <message>
        <source>Gain</source>
        <translation>증가분</translation>
    </message>
    <message>
        <source>Band pooled</source>
        <translation>통합 시 등급</translation>
    </message>
    <message>
        <source>Met pooled</source>
        <translation>통합 시 충족</translation>
    </message>
    <message>
        <source>Newly met</source>
        <translation>새로 충족</translation>
    </message>
</context>
<context>
    <name>PartnersPanel</name>
    <message>
        <source>Partners ranked by what pooling adds</source>
        <translation>통합으로 더해지는 점수 순 파트너</translation>
    </message>
    <message>
        <source>&amp;Build a Bloc with This Partner…</source>
        <translation>이 파트너와 블록 만들기(&amp;B)…</translation>
    </message>
    <message>
        <source>Each pair is pooled as a bloc of two, every indicator by its pooling rule. Blocs that already include the profile are left out.</source>
        <translation>각 쌍은 두 국가의 블록으로 통합되며, 지표마다 해당 통합 규칙을 따릅니다. 이미 이 프로필을 포함하는 블록은 제외합니다.</translation>
    </message>
    <message>
        <source>Select a profile to see with whom pooling would help it most.</source>
        <translation>프로필을 선택하면 어느 파트너와 통합할 때 가장 도움이 되는지 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Partners for %1: alone %2 (%3), %4 of %5 requirements met.</source>
        <translation>%1의 파트너: 단독 %2 (%3), 요건 %5개 중 %4개 충족.</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <source>Presentation</source>
        <translation>프레젠테이션</translation>
    </message>
    <message>
        <source>Presentation of the spectrum</source>
        <translation>스펙트럼 프레젠테이션</translation>
    </message>
    <message>
        <source>%1 / %2   → next   ← back   Esc leaves</source>
        <translation>%1 / %2   → 다음   ← 이전   Esc 종료</translation>
    </message>
    <message>
        <source>Step %1 of %2. %3</source>
        <translation>%2단계 중 %1단계. %3</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>member codes, separated by commas</source>
        <translation>회원국 코드, 쉼표로 구분</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;GDP (USD):</source>
        <translation>GDP(USD)(&amp;G):</translation>
    </message>
    <message>
        <source>&amp;Population:</source>
        <translation>인구(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation>회원국(&amp;M):</translation>
    </message>
    <message>
        <source>Values by pillar</source>
        <translation>기둥별 값</translation>
    </message>
    <message>
        <source>&amp;Remove Value</source>
        <translation>값 삭제(&amp;R)</translation>
    </message>
    <message>
        <source>Double-click or type to edit a value; an empty value removes it.</source>
        <translation>값을 편집하려면 두 번 클릭하거나 입력하십시오. 값을 비우면 삭제됩니다.</translation>
    </message>
    <message>
        <source>No profile selected</source>
        <translation>선택된 프로필 없음</translation>
    </message>
    <message>
        <source>bloc</source>
        <translation>블록</translation>
    </message>
    <message>
        <source>country</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>Not stored: %1</source>
        <translation>저장되지 않음: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a non-negative number.</source>
        <translation>&quot;%1&quot;은(는) 0 이상의 숫자가 아닙니다.</translation>
    </message>
    <message>
        <source>%1 · %2 · coverage %3 %</source>
        <translation>%1 · %2 · 포괄률 %3 %</translation>
    </message>
    <message>
        <source>as in English</source>
        <translation>영어와 같음</translation>
    </message>
    <message>
        <source>The name shown when the application is in %1; empty: the English name. Files keep the English name as well.</source>
        <translation>애플리케이션이 %1일 때 표시되는 이름입니다. 비워 두면 영어 이름이 표시됩니다. 파일에는 영어 이름도 함께 저장됩니다.</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
</context>
<context>
    <name>ProfileListModel</name>
    <message>
        <source>Bloc</source>
        <translation>블록</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>%1: %2, %3; requirements met: %4 of %5</source>
        <translation>%1: %2, %3; 충족한 요건: %5개 중 %4개</translation>
    </message>
    <message>
        <source>%1: no data to score</source>
        <translation>%1: 산정할 데이터 없음</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>점수</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>등급</translation>
    </message>
</context>
<context>
    <name>ProfileListPanel</name>
    <message>
        <source>Search name or code</source>
        <translation>이름 또는 코드 검색</translation>
    </message>
    <message>
        <source>Search profiles</source>
        <translation>프로필 검색</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>표시</translation>
    </message>
    <message>
        <source>All</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>Blocs</source>
        <translation>블록</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>프로필</translation>
    </message>
</context>
<context>
    <name>ProfileValuesModel</name>
    <message>
        <source>Pooled from the bloc&apos;s members; edit the members&apos; values instead.</source>
        <translation>블록 회원국의 값을 통합한 값입니다. 회원국의 값을 편집하십시오.</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>&quot;%1&quot;은(는) 숫자가 아닙니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a year.</source>
        <translation>&quot;%1&quot;은(는) 연도가 아닙니다.</translation>
    </message>
    <message>
        <source>Every stored value needs its source.</source>
        <translation>저장하는 모든 값에는 출처가 필요합니다.</translation>
    </message>
    <message>
        <source>Confidence is high, medium or low.</source>
        <translation>신뢰도는 높음, 보통, 낮음 중 하나입니다.</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>지표</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>단위</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>연도</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>신뢰도</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
</context>
<context>
    <name>ProvenanceDialog</name>
    <message>
        <source>Where does this value come from?</source>
        <translation>이 값의 출처는 어디입니까?</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; = %2&lt;br&gt;Every stored value carries its source and year, so that others can check it.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; = %2&lt;br&gt;저장되는 모든 값에는 출처와 연도가 함께 기록되어 다른 사람이 확인할 수 있습니다.</translation>
    </message>
    <message>
        <source>High</source>
        <translation>높음</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>보통</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>낮음</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>출처(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>연도(&amp;Y):</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>URL(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Confidence:</source>
        <translation>신뢰도(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>메모(&amp;N):</translation>
    </message>
    <message>
        <source>Name the source of the value (a publication, a dataset).</source>
        <translation>값의 출처(간행물, 데이터 세트)를 입력하십시오.</translation>
    </message>
</context>
<context>
    <name>RadarChart</name>
    <message>
        <source>Pillar profile</source>
        <translation>기둥별 프로필</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>threshold %1%</source>
        <translation>기준선 %1%</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>데이터 없음</translation>
    </message>
    <message>
        <source>%1 · %2 of %3 pillars met</source>
        <translation>%1 · 기둥 %3개 중 %2개 충족</translation>
    </message>
    <message>
        <source>%1 · %2 of %3 pillars met, %4 without data</source>
        <translation>%1 · 기둥 %3개 중 %2개 충족, %4개 데이터 없음</translation>
    </message>
    <message>
        <source>Threshold: a pillar on or outside the dashed ring meets the requirement</source>
        <translation>기준선: 점선 원 위 또는 바깥에 있는 기둥은 요건을 충족합니다</translation>
    </message>
    <message>
        <source>The methodology has no pillars.</source>
        <translation>방법론에 기둥이 없습니다.</translation>
    </message>
</context>
<context>
    <name>RankStabilityModel</name>
    <message>
        <source>&lt;1 %</source>
        <translation>&lt;1 %</translation>
    </message>
    <message>
        <source>&gt;99 %</source>
        <translation>&gt;99 %</translation>
    </message>
    <message>
        <source>%1 ranks %2 of %3 in %4 of the %5 draws</source>
        <translation>%1은(는) %5회 추출 중 %4에서 %3개 중 %2위입니다</translation>
    </message>
    <message>
        <source>5 % of the draws score lower</source>
        <translation>추출의 5 %가 이보다 낮은 점수</translation>
    </message>
    <message>
        <source>The median score of the draws</source>
        <translation>추출한 점수의 중앙값</translation>
    </message>
    <message>
        <source>5 % of the draws score higher</source>
        <translation>추출의 5 %가 이보다 높은 점수</translation>
    </message>
    <message>
        <source>Share of the draws in which the profile ranks %1 among those compared</source>
        <translation>비교한 프로필 가운데 그 프로필이 %1위인 추출의 비율</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>프로필</translation>
    </message>
    <message>
        <source>p5</source>
        <translation>p5</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>중앙값</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>Rank %1</source>
        <translation>%1위</translation>
    </message>
</context>
<context>
    <name>RequirementsModel</name>
    <message>
        <source>%1 is met when the pillar scores at least %2 of 100.</source>
        <translation>기둥 점수가 100점 중 %2점 이상이면 %1을(를) 충족합니다.</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>데이터 없음</translation>
    </message>
    <message>
        <source>✓ met</source>
        <translation>✓ 충족</translation>
    </message>
    <message>
        <source>✗ not met</source>
        <translation>✗ 미충족</translation>
    </message>
    <message>
        <source>met</source>
        <translation>충족</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>미충족</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>요건</translation>
    </message>
    <message>
        <source>Score / needed</source>
        <translation>점수 / 필요 점수</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>충족</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>데이터</translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <source>Requirements</source>
        <translation>요건</translation>
    </message>
    <message>
        <source>Why this score</source>
        <translation>점수의 이유</translation>
    </message>
    <message>
        <source>Radar</source>
        <translation>레이더</translation>
    </message>
    <message>
        <source>Coverage %1 %.</source>
        <translation>포괄률 %1 %.</translation>
    </message>
    <message>
        <source>No data for %1: the score rests on the other pillars.</source>
        <translation>%1 데이터 없음: 점수는 나머지 기둥에 근거합니다.</translation>
    </message>
    <message>
        <source>Missing: %1.</source>
        <translation>값 없음: %1.</translation>
    </message>
    <message>
        <source>%1 · requirements met: %2 of %3</source>
        <translation>%1 · 충족한 요건: %3개 중 %2개</translation>
    </message>
    <message>
        <source>Choose a profile</source>
        <translation>프로필을 선택하십시오</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>점수</translation>
    </message>
</context>
<context>
    <name>SaveMethodologyDialog</name>
    <message>
        <source>Save Methodology as Version</source>
        <translation>방법론을 버전으로 저장</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>ID(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>버전(&amp;V):</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>레이블(&amp;L):</translation>
    </message>
    <message>
        <source>The edited methodology is stored as a new version and becomes the active one.</source>
        <translation>편집한 방법론을 새 버전으로 저장하고 활성 방법론으로 지정합니다.</translation>
    </message>
</context>
<context>
    <name>ScenarioComparisonModel</name>
    <message>
        <source>no data</source>
        <translation>데이터 없음</translation>
    </message>
    <message>
        <source>Meets the %1 requirement</source>
        <translation>%1 요건 충족</translation>
    </message>
    <message>
        <source>Does not meet the %1 requirement</source>
        <translation>%1 요건 미충족</translation>
    </message>
    <message>
        <source>Cannot be scored now: %1</source>
        <translation>지금은 산정할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Base (as now)</source>
        <translation>기준(현재)</translation>
    </message>
    <message>
        <source>cannot be scored</source>
        <translation>산정할 수 없음</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2개 중 %1개</translation>
    </message>
    <message>
        <source>Overrides the base has caught up with since: its current value is as good or better.</source>
        <translation>그 이후 기준이 따라잡은 대체값: 현재 값이 대체값과 같거나 더 좋습니다.</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>시나리오</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>종합</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>변경</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>충족</translation>
    </message>
    <message>
        <source>Overtaken</source>
        <translation>추월됨</translation>
    </message>
</context>
<context>
    <name>ScenarioDeltaChart</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>hollow = base, filled = scenario</source>
        <translation>빈 점 = 기준, 채운 점 = 시나리오</translation>
    </message>
    <message>
        <source>Change from base to scenario</source>
        <translation>기준에서 시나리오로의 변화</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>종합</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>해당 없음</translation>
    </message>
    <message>
        <source>No scenario to compare.</source>
        <translation>비교할 시나리오가 없습니다.</translation>
    </message>
</context>
<context>
    <name>ScenarioDialog</name>
    <message>
        <source>what the scenario assumes, e.g. &quot;a national 10,000-GPU supercomputer by 2028&quot;</source>
        <translation>시나리오의 가정, 예: &quot;2028년까지 GPU 1만 개 규모의 국가 슈퍼컴퓨터&quot;</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>설명(&amp;D):</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>이름을 입력하십시오.</translation>
    </message>
</context>
<context>
    <name>ScenarioOverridesModel</name>
    <message>
        <source>Overridden by the scenario; clear the cell to use the base&apos;s value again.</source>
        <translation>시나리오가 대체한 값입니다. 셀을 비우면 기준의 값을 다시 사용합니다.</translation>
    </message>
    <message>
        <source>The base&apos;s value; type a number to override it.</source>
        <translation>기준의 값입니다. 숫자를 입력하면 대체됩니다.</translation>
    </message>
    <message>
        <source>The base&apos;s current value is as good as or better than this override (in the indicator&apos;s direction): the override no longer adds anything.</source>
        <translation>기준의 현재 값이 이 대체값과 같거나 더 좋습니다(지표의 방향 기준). 이 대체값은 더 이상 아무것도 더하지 않습니다.</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>overtaken by the base</source>
        <translation>기준에 추월됨</translation>
    </message>
    <message>
        <source>overridden</source>
        <translation>대체됨</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>&quot;%1&quot;은(는) 숫자가 아닙니다.</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>지표</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>기준</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>시나리오</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>단위</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>대체값</translation>
    </message>
</context>
<context>
    <name>ScenarioPanel</name>
    <message>
        <source>Scenarios compared with their base</source>
        <translation>시나리오와 기준 비교</translation>
    </message>
    <message>
        <source>Not stored: %1</source>
        <translation>저장되지 않음: %1</translation>
    </message>
    <message>
        <source>&amp;New Scenario…</source>
        <translation>새 시나리오(&amp;N)…</translation>
    </message>
    <message>
        <source>Start a what-if from the current profile</source>
        <translation>현재 프로필에서 가정 시나리오 시작</translation>
    </message>
    <message>
        <source>&amp;Rename Scenario…</source>
        <translation>시나리오 이름 바꾸기(&amp;R)…</translation>
    </message>
    <message>
        <source>Rename the chosen scenario</source>
        <translation>선택한 시나리오의 이름 바꾸기</translation>
    </message>
    <message>
        <source>D&amp;uplicate Scenario…</source>
        <translation>시나리오 복제(&amp;U)…</translation>
    </message>
    <message>
        <source>Copy the chosen scenario under a new name</source>
        <translation>선택한 시나리오를 새 이름으로 복사</translation>
    </message>
    <message>
        <source>De&amp;lete Scenario…</source>
        <translation>시나리오 삭제(&amp;L)…</translation>
    </message>
    <message>
        <source>Delete the chosen scenario (undoable)</source>
        <translation>선택한 시나리오 삭제(실행 취소 가능)</translation>
    </message>
    <message>
        <source>&amp;Freeze as Snapshot…</source>
        <translation>스냅샷으로 고정(&amp;F)…</translation>
    </message>
    <message>
        <source>Keep the chosen scenario, scored now, in the profile&apos;s history</source>
        <translation>선택한 시나리오를 현재 점수로 프로필 이력에 보관</translation>
    </message>
    <message>
        <source>Scenario values over the base&apos;s</source>
        <translation>기준 대비 시나리오 값</translation>
    </message>
    <message>
        <source>Change by pillar</source>
        <translation>기둥별 변화</translation>
    </message>
    <message>
        <source>Spectrum</source>
        <translation>스펙트럼</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>시나리오</translation>
    </message>
    <message>
        <source>Choose a profile in the list to see its scenarios.</source>
        <translation>목록에서 프로필을 선택하면 시나리오를 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>No scenarios of %1 yet: New Scenario… starts a what-if from its current values.</source>
        <translation>%1의 시나리오가 아직 없습니다. ‘새 시나리오…’로 현재 값에서 가정 시나리오를 시작하십시오.</translation>
    </message>
    <message>
        <source>Choose a scenario in the table to edit its overrides.</source>
        <translation>표에서 시나리오를 선택하면 대체값을 편집할 수 있습니다.</translation>
    </message>
    <message>
        <source>This scenario cannot be scored now: %1</source>
        <translation>이 시나리오는 지금 산정할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The base has since overtaken: %1. Its current value is as good as the override or better, so the override adds nothing.</source>
        <translation>그 이후 기준이 추월함: %1. 현재 값이 대체값과 같거나 더 좋으므로 대체값은 아무것도 더하지 않습니다.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source> — %1</source>
        <translation> — %1</translation>
    </message>
    <message>
        <source>&lt;br&gt;Overall %1 → %2 (%3 points); %4 overrides.</source>
        <translation>&lt;br&gt;종합 %1 → %2 (%3포인트), 대체값 %4개.</translation>
    </message>
    <message>
        <source>&lt;br&gt;Requirements newly met: %1.</source>
        <translation>&lt;br&gt;새로 충족한 요건: %1.</translation>
    </message>
    <message>
        <source>&lt;br&gt;Requirements lost: %1.</source>
        <translation>&lt;br&gt;충족하지 못하게 된 요건: %1.</translation>
    </message>
    <message>
        <source>&lt;br&gt;The same requirements are met as by the base.</source>
        <translation>&lt;br&gt;기준과 같은 요건을 충족합니다.</translation>
    </message>
    <message>
        <source>%1

%2

Nothing was changed.</source>
        <translation>%1

%2

아무것도 변경되지 않았습니다.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>New Scenario of %1</source>
        <translation>%1의 새 시나리오</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>Cannot create the scenario</source>
        <translation>시나리오를 만들 수 없음</translation>
    </message>
    <message>
        <source>The scenario %1 of %2 could not be created.</source>
        <translation>%2의 시나리오 %1을(를) 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>Rename Scenario %1</source>
        <translation>시나리오 %1 이름 바꾸기</translation>
    </message>
    <message>
        <source>New &amp;name:</source>
        <translation>새 이름(&amp;N):</translation>
    </message>
    <message>
        <source>Cannot rename the scenario</source>
        <translation>시나리오 이름을 바꿀 수 없음</translation>
    </message>
    <message>
        <source>The scenario %1 could not be renamed.</source>
        <translation>시나리오 %1의 이름을 바꿀 수 없습니다.</translation>
    </message>
    <message>
        <source>Duplicate Scenario %1</source>
        <translation>시나리오 %1 복제</translation>
    </message>
    <message>
        <source>Name of the &amp;copy:</source>
        <translation>사본 이름(&amp;C):</translation>
    </message>
    <message>
        <source>Cannot duplicate the scenario</source>
        <translation>시나리오를 복제할 수 없음</translation>
    </message>
    <message>
        <source>The scenario %1 could not be duplicated.</source>
        <translation>시나리오 %1을(를) 복제할 수 없습니다.</translation>
    </message>
    <message>
        <source>Delete Scenario</source>
        <translation>시나리오 삭제</translation>
    </message>
    <message>
        <source>Delete the scenario %1 of %2 with its overrides (%3)? You can undo this; its snapshots stay in the history.</source>
        <translation>%2의 시나리오 %1을(를) 대체값(%3개)과 함께 삭제하시겠습니까? 실행 취소할 수 있으며, 이 시나리오의 스냅샷은 이력에 남습니다.</translation>
    </message>
    <message>
        <source>Cannot delete the scenario</source>
        <translation>시나리오를 삭제할 수 없음</translation>
    </message>
    <message>
        <source>The scenario %1 could not be deleted.</source>
        <translation>시나리오 %1을(를) 삭제할 수 없습니다.</translation>
    </message>
    <message>
        <source>Freeze Scenario %1 as a Snapshot</source>
        <translation>시나리오 %1을(를) 스냅샷으로 고정</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>레이블(&amp;L):</translation>
    </message>
    <message>
        <source>%1, as assumed on %2</source>
        <translation>%1, %2 기준 가정</translation>
    </message>
    <message>
        <source>Snapshot Taken</source>
        <translation>스냅샷 생성됨</translation>
    </message>
    <message>
        <source>The scenario %1 of %2 is frozen as &quot;%3&quot;. A snapshot is history: it is kept as it is and is not undone by Edit &gt; Undo.</source>
        <translation>%2의 시나리오 %1을(를) &quot;%3&quot;(으)로 고정했습니다. 스냅샷은 이력이므로 그대로 보관되며, 편집 &gt; 실행 취소로 되돌려지지 않습니다.</translation>
    </message>
    <message>
        <source>Cannot freeze the scenario</source>
        <translation>시나리오를 고정할 수 없음</translation>
    </message>
    <message>
        <source>The scenario %1 could not be frozen.</source>
        <translation>시나리오 %1을(를) 고정할 수 없습니다.</translation>
    </message>
    <message>
        <source>Scenarios of %1</source>
        <translation>%1의 시나리오</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Change %1 of %2</source>
        <translation>%2의 %1 변경</translation>
    </message>
    <message>
        <source>Remove %1 of %2</source>
        <translation>%2의 %1 삭제</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>%1 이름 바꾸기</translation>
    </message>
    <message>
        <source>Change the population of %1</source>
        <translation>%1의 인구 변경</translation>
    </message>
    <message>
        <source>Change the GDP of %1</source>
        <translation>%1의 GDP 변경</translation>
    </message>
    <message>
        <source>Change the members of %1</source>
        <translation>%1의 회원국 변경</translation>
    </message>
    <message>
        <source>Create %1</source>
        <translation>%1 만들기</translation>
    </message>
    <message>
        <source>Duplicate %1 as %2</source>
        <translation>%1을(를) %2(으)로 복제</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 삭제</translation>
    </message>
    <message>
        <source>Import profiles (%1)</source>
        <translation>프로필 가져오기(%1)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>오늘</translation>
    </message>
    <message>
        <source>Change the weight of pillar %1</source>
        <translation>기둥 %1의 가중치 변경</translation>
    </message>
    <message>
        <source>Change the threshold of pillar %1</source>
        <translation>기둥 %1의 기준선 변경</translation>
    </message>
    <message>
        <source>Change the weight of %1</source>
        <translation>%1의 가중치 변경</translation>
    </message>
    <message>
        <source>Change the goalposts of %1</source>
        <translation>%1의 기준점 변경</translation>
    </message>
    <message>
        <source>Change the direction of %1</source>
        <translation>%1의 방향 변경</translation>
    </message>
    <message>
        <source>Change the transform of %1</source>
        <translation>%1의 변환 변경</translation>
    </message>
    <message>
        <source>Change the aggregation within pillars</source>
        <translation>기둥 내 집계 방식 변경</translation>
    </message>
    <message>
        <source>Change the aggregation across pillars</source>
        <translation>기둥 간 집계 방식 변경</translation>
    </message>
    <message>
        <source>Change the missing-data rule</source>
        <translation>결측 데이터 규칙 변경</translation>
    </message>
    <message>
        <source>Reset the methodology to the bundled default</source>
        <translation>방법론을 기본 제공 방법론으로 재설정</translation>
    </message>
    <message>
        <source>Import the methodology %1</source>
        <translation>방법론 %1 가져오기</translation>
    </message>
    <message>
        <source>Save the methodology as %1 %2</source>
        <translation>방법론을 %1 %2(으)로 저장</translation>
    </message>
    <message>
        <source>methodology %1 %2</source>
        <translation>방법론 %1 %2</translation>
    </message>
    <message>
        <source>Use the methodology %1 %2</source>
        <translation>방법론 %1 %2 사용</translation>
    </message>
    <message>
        <source>New scenario %1 of %2</source>
        <translation>%2의 새 시나리오 %1</translation>
    </message>
    <message>
        <source>Change %1 in scenario %2</source>
        <translation>시나리오 %2의 %1 변경</translation>
    </message>
    <message>
        <source>Remove %1 from scenario %2</source>
        <translation>시나리오 %2에서 %1 삭제</translation>
    </message>
    <message>
        <source>Rename scenario %1 to %2</source>
        <translation>시나리오 %1의 이름을 %2(으)로 바꾸기</translation>
    </message>
    <message>
        <source>Duplicate scenario %1 as %2</source>
        <translation>시나리오 %1을(를) %2(으)로 복제</translation>
    </message>
    <message>
        <source>Delete scenario %1 of %2</source>
        <translation>%2의 시나리오 %1 삭제</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Investment lever (Levers tab)</source>
        <translation>투자 레버 (레버 탭)</translation>
    </message>
    <message>
        <source>Lever: %1 to %2</source>
        <translation>레버: %1을(를) %2(으)로</translation>
    </message>
    <message>
        <source>%1 + lever: %2 to %3</source>
        <translation>%1 + 레버: %2을(를) %3(으)로</translation>
    </message>
    <message>
        <source>One step of %1 (%2 % of its goalpost range), +%3 points</source>
        <translation>%1 한 단계(기준점 범위의 %2 %), +%3포인트</translation>
    </message>
    <message>
        <source>The smallest value of %1 alone that reaches the next band</source>
        <translation>%1만으로 다음 등급에 도달하는 최솟값</translation>
    </message>
    <message>
        <source>%1 + %2</source>
        <translation>%1 + %2</translation>
    </message>
    <message>
        <source>Rename %1 in %2</source>
        <translation>%1의 %2 이름 바꾸기</translation>
    </message>
</context>
<context>
    <name>ShortcutModel</name>
    <message>
        <source>Keys</source>
        <translation>키</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>동작</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>메뉴</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>키보드 단축키</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>키보드 단축키</translation>
    </message>
    <message>
        <source>Elsewhere: the Menu key or Shift+F10 on a chart opens its menu (export, copy, copy as text); on a table Ctrl+C copies the cell, or the selected rows under their headers for a spreadsheet, and its menu copies rows or the whole table; F2 or typing edits a value, Enter stores it, Esc cancels; in the presentation → and ← step and Esc leaves.</source>
        <translation>그 밖의 키: 차트에서 메뉴 키나 Shift+F10을 누르면 차트 메뉴(내보내기, 복사, 텍스트로 복사)가 열립니다. 표에서 Ctrl+C를 누르면 셀을 복사하고, 여러 행을 선택했으면 스프레드시트용으로 열 제목과 함께 그 행들을 복사합니다. 표의 메뉴에서는 행이나 표 전체를 복사할 수 있습니다. F2를 누르거나 입력하면 값을 편집하고, Enter로 저장하며, Esc로 취소합니다. 발표 화면에서는 → 와 ←로 넘기고 Esc로 나갑니다.</translation>
    </message>
</context>
<context>
    <name>SizePreset</name>
    <message>
        <source>16:9 slide (1920 × 1080)</source>
        <translation>16:9 슬라이드 (1920 × 1080)</translation>
    </message>
    <message>
        <source>4:3 slide (1440 × 1080)</source>
        <translation>4:3 슬라이드 (1440 × 1080)</translation>
    </message>
    <message>
        <source>A4 landscape (297 × 210 mm)</source>
        <translation>A4 가로 (297 × 210 mm)</translation>
    </message>
    <message>
        <source>A4 portrait (210 × 297 mm)</source>
        <translation>A4 세로 (210 × 297 mm)</translation>
    </message>
</context>
<context>
    <name>SnapshotChangesModel</name>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>%1 (not in today&apos;s methodology)</source>
        <translation>%1 (오늘의 방법론에 없음)</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>삭제됨</translation>
    </message>
    <message>
        <source>added</source>
        <translation>추가됨</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1포인트</translation>
    </message>
    <message>
        <source>cannot be scored today</source>
        <translation>오늘은 산정할 수 없음</translation>
    </message>
    <message>
        <source>Today&apos;s score minus today&apos;s score with only this value as in the snapshot, under today&apos;s methodology</source>
        <translation>오늘의 점수에서, 오늘의 방법론으로 이 값만 스냅샷 당시대로 둔 점수를 뺀 값</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>지표</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>당시</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>현재</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>변경</translation>
    </message>
    <message>
        <source>Score with then</source>
        <translation>당시 값 적용 점수</translation>
    </message>
    <message>
        <source>Effect on score</source>
        <translation>점수 영향</translation>
    </message>
</context>
<context>
    <name>SpectrumChart</name>
    <message>
        <source>Position on the sovereignty spectrum</source>
        <translation>주권 스펙트럼상의 위치</translation>
    </message>
    <message>
        <source>%1 %2/%3</source>
        <translation>%1 %2/%3</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Whiskers: 90% uncertainty interval (p5–p95)</source>
        <translation>수염: 90% 불확실성 구간 (p5–p95)</translation>
    </message>
    <message>
        <source>Hollow marker → filled marker: base → scenario</source>
        <translation>빈 표식 → 채운 표식: 기준 → 시나리오</translation>
    </message>
    <message>
        <source>Not labelled for lack of room: %1</source>
        <translation>공간이 부족해 레이블을 표시하지 못함: %1</translation>
    </message>
    <message>
        <source>No data: %1</source>
        <translation>데이터 없음: %1</translation>
    </message>
    <message>
        <source>%1 scored on the pillars with data only: %2</source>
        <translation>%1은(는) 데이터가 있는 기둥만으로 산정됨: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>90% interval: %1 to %2</source>
        <translation>90% 구간: %1 ~ %2</translation>
    </message>
    <message>
        <source>Scored on %1 of %2 pillars (the others have no data)</source>
        <translation>기둥 %2개 중 %1개로 산출 (나머지는 데이터 없음)</translation>
    </message>
    <message>
        <source>%1: %2% to %3%</source>
        <translation>%1: %2% ~ %3%</translation>
    </message>
</context>
<context>
    <name>StandingChangeModel</name>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>프로필</translation>
    </message>
    <message>
        <source>Score (saved)</source>
        <translation>점수(저장됨)</translation>
    </message>
    <message>
        <source>Score (edited)</source>
        <translation>점수(편집됨)</translation>
    </message>
    <message>
        <source>Rank (saved)</source>
        <translation>순위(저장됨)</translation>
    </message>
    <message>
        <source>Rank (edited)</source>
        <translation>순위(편집됨)</translation>
    </message>
    <message>
        <source>Band (saved)</source>
        <translation>등급(저장됨)</translation>
    </message>
    <message>
        <source>Band (edited)</source>
        <translation>등급(편집됨)</translation>
    </message>
</context>
<context>
    <name>TableCopier</name>
    <message>
        <source>&amp;Copy</source>
        <translation>복사(&amp;C)</translation>
    </message>
    <message>
        <source>Copy &amp;Rows</source>
        <translation>행 복사(&amp;R)</translation>
    </message>
    <message>
        <source>Copy &amp;Whole Table</source>
        <translation>표 전체 복사(&amp;W)</translation>
    </message>
</context>
<context>
    <name>TakeSnapshotDialog</name>
    <message>
        <source>Take Snapshot of %1</source>
        <translation>%1의 스냅샷 만들기</translation>
    </message>
    <message>
        <source>e.g. Q1 review, before the talent programme</source>
        <translation>예: 1분기 검토, 인재 프로그램 시행 전</translation>
    </message>
    <message>
        <source>Freezes the values, the methodology and the score as they are now. Snapshots are kept for good: later edits do not change them.</source>
        <translation>값, 방법론, 점수를 지금 상태 그대로 고정합니다. 스냅샷은 영구 보관되며 이후 편집으로 바뀌지 않습니다.</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>레이블(&amp;L):</translation>
    </message>
    <message>
        <source>Take Snapshot</source>
        <translation>스냅샷 만들기</translation>
    </message>
    <message>
        <source>Not taken: %1</source>
        <translation>만들지 못함: %1</translation>
    </message>
</context>
<context>
    <name>UserGuideWindow</name>
    <message>
        <source>AI Sovereignty Spectrum User Guide</source>
        <translation>AI 주권 스펙트럼 사용자 안내서 (영어)</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>사용자 안내서</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>뒤로</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>앞으로</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>목차</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Run &apos;aisov-cli --help&apos; for usage.</source>
        <translation>자세한 사용법은 &apos;aisov-cli --help&apos;를 실행하십시오.</translation>
    </message>
    <message>
        <source>invalid input:</source>
        <translation>잘못된 입력:</translation>
    </message>
    <message>
        <source>error:</source>
        <translation>오류:</translation>
    </message>
    <message>
        <source>cannot write the output</source>
        <translation>출력을 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>the output is incomplete</source>
        <translation>출력이 불완전합니다</translation>
    </message>
    <message>
        <source>unknown command</source>
        <translation>알 수 없는 명령</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>AI Sovereignty Spectrum</source>
        <translation>AI 주권 스펙트럼</translation>
    </message>
    <message>
        <source>Places countries and blocs on the AI sovereignty spectrum.</source>
        <translation>국가와 블록을 AI 주권 스펙트럼 위에 배치합니다.</translation>
    </message>
    <message>
        <source>Open the database FILE instead of the default one.</source>
        <translation>기본 데이터베이스 대신 데이터베이스 FILE을 엽니다.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>The translation could not be loaded; the application shows English.</source>
        <translation>번역을 불러올 수 없어 영어로 표시합니다.</translation>
    </message>
    <message>
        <source>No database</source>
        <translation>데이터베이스 없음</translation>
    </message>
    <message>
        <source>The default database cannot be used: %1</source>
        <translation>기본 데이터베이스를 사용할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>aisov: no database is open
</source>
        <translation>aisov: 열린 데이터베이스가 없습니다
</translation>
    </message>
    <message>
        <source>aisov %1: %2 profiles in %3
</source>
        <translation>aisov %1: %3에 프로필 %2개
</translation>
    </message>
    <message>
        <source>Start, open the database, print how many profiles it holds and quit (to check an installation).</source>
        <translation>시작하여 데이터베이스를 열고, 들어 있는 프로필 수를 출력한 뒤 끝냅니다(설치 확인용).</translation>
    </message>
    <message>
        <source>A database to open, or a methodology or profiles file to import into the open database.</source>
        <translation>열 데이터베이스, 또는 열린 데이터베이스로 가져올 방법론 파일이나 프로필 파일.</translation>
    </message>
    <message>
        <source>[FILE]</source>
        <translation>[FILE]</translation>
    </message>
</context>
</TS>
