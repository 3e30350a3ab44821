<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en">
<context>
    <name>Commands</name>
    <message>
        <source>Edit entity “%1”</source>
        <translation>개체 ‘%1’ 편집</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n entit(y/ies)</source>
        <translation>
            <numerusform>개체 %n개 삭제</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merge %n entit(y/ies)</source>
        <translation>
            <numerusform>개체 %n개 병합</numerusform>
        </translation>
    </message>
    <message>
        <source>The workspace is closed.</source>
        <translation>작업 공간이 닫혀 있습니다.</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>‘%1’ 편집</translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation>‘%1’ 추가</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>‘%1’ 삭제</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n events</source>
        <translation>
            <numerusform>사건 %n건 삭제</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merge %n event(s)</source>
        <translation>
            <numerusform>사건 %n건 병합</numerusform>
        </translation>
    </message>
    <message>
        <source>Add note “%1”</source>
        <translation>메모 ‘%1’ 추가</translation>
    </message>
    <message>
        <source>Import of %1</source>
        <translation>%1 가져오기</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>Cannot unpack the demo bundle into %1.</source>
        <translation>데모 묶음을 %1에 풀 수 없습니다.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>%1 폴더를 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>The demo bundle could not be imported: %1</source>
        <translation>데모 묶음을 가져올 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Cannot write the demo workspace to %1.</source>
        <translation>데모 작업 공간을 %1에 쓸 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>EventQuery</name>
    <message>
        <source>“%1:” needs a value.</source>
        <translation>‘%1:’에 값이 필요합니다.</translation>
    </message>
    <message>
        <source>Unknown status “%1” (proposed, confirmed or rejected).</source>
        <translation>알 수 없는 상태 ‘%1’(proposed, confirmed, rejected 중 하나).</translation>
    </message>
    <message>
        <source>“%1” is not a date (use 2025-12-08, 2025-12 or 2025).</source>
        <translation>‘%1’은(는) 날짜가 아닙니다(2025-12-08, 2025-12 또는 2025 형식을 사용하십시오).</translation>
    </message>
    <message>
        <source>Unknown field “%1:”; known fields are %2.</source>
        <translation>알 수 없는 필드 ‘%1:’. 사용할 수 있는 필드는 %2입니다.</translation>
    </message>
</context>
<context>
    <name>EventTypes</name>
    <message>
        <source>Approval</source>
        <translation>승인</translation>
    </message>
    <message>
        <source>Ban or export control</source>
        <translation>금지 또는 수출 통제</translation>
    </message>
    <message>
        <source>Rejection</source>
        <translation>거부</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>회담</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>성명</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>보고서</translation>
    </message>
    <message>
        <source>Investment or incentive</source>
        <translation>투자 또는 인센티브</translation>
    </message>
    <message>
        <source>Production change</source>
        <translation>생산 변경</translation>
    </message>
    <message>
        <source>Purchase talks or deal</source>
        <translation>구매 협상 또는 거래</translation>
    </message>
    <message>
        <source>Lawsuit or investigation</source>
        <translation>소송 또는 조사</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>결정</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>기타</translation>
    </message>
</context>
<context>
    <name>ImportJournal</name>
    <message>
        <source>Some events of this import were edited or confirmed since, outside this window&apos;s undo history. Delete the import&apos;s events by hand if they are not wanted.</source>
        <translation>이 가져오기의 일부 사건이 그 후 이 창의 실행 취소 기록 밖에서 편집되거나 확인되었습니다. 필요 없으면 가져온 사건을 직접 삭제하십시오.</translation>
    </message>
</context>
<context>
    <name>ImportPipeline</name>
    <message>
        <source>The workspace could not be written: %1</source>
        <translation>작업 공간에 쓸 수 없습니다: %1</translation>
    </message>
    <message>
        <source>%1: already in the workspace (same content or URL); its origin was recorded.</source>
        <translation>%1: 이미 작업 공간에 있습니다(같은 내용 또는 URL). 출처 정보를 기록했습니다.</translation>
    </message>
    <message>
        <source>%1: the evidence sentence “%2” is not in the article text.</source>
        <translation>%1: 근거 문장 ‘%2’이(가) 기사 본문에 없습니다.</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message numerus="yes">
        <source>%n article(s) added</source>
        <translation>
            <numerusform>기사 %n건 추가됨</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already present</source>
        <translation>
            <numerusform>%n건은 이미 있음</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>사건 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new entit(y/ies)</source>
        <translation>
            <numerusform>새 개체 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) rejected</source>
        <translation>
            <numerusform>파일 %n개 거부됨</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>취소됨</translation>
    </message>
</context>
<context>
    <name>Kairos::ArticleModel</name>
    <message>
        <source>undated</source>
        <translation>날짜 없음</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>매체</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>게시일</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>묶음</translation>
    </message>
</context>
<context>
    <name>Kairos::ArticleReader</name>
    <message>
        <source>Open Original…</source>
        <translation>원문 열기…</translation>
    </message>
    <message>
        <source>Filter articles</source>
        <translation>기사 필터</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>기사</translation>
    </message>
    <message>
        <source>Open the original article in a web browser</source>
        <translation>웹 브라우저에서 원문 기사 열기</translation>
    </message>
    <message>
        <source>Article views</source>
        <translation>기사 보기</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <source>Formatted</source>
        <translation>서식</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>소스</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>근거</translation>
    </message>
    <message>
        <source>No article selected</source>
        <translation>선택한 기사 없음</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(제목 없음)</translation>
    </message>
</context>
<context>
    <name>Kairos::ArticleSourceView</name>
    <message>
        <source>Article source</source>
        <translation>기사 소스</translation>
    </message>
    <message numerus="yes">
        <source>This article was extracted from a PDF file of %n byte(s). The Text tab shows the extracted text.</source>
        <translation>
            <numerusform>이 기사는 %n바이트 크기의 PDF 파일에서 추출했습니다. 추출한 텍스트는 ‘텍스트’ 탭에 표시됩니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kairos::ArticleTextView</name>
    <message>
        <source>Article text</source>
        <translation>기사 본문</translation>
    </message>
    <message>
        <source>Highlighted sentences support events; press Enter or click to show the event.</source>
        <translation>강조 표시된 문장은 사건의 근거입니다. Enter 키를 누르거나 클릭하면 해당 사건을 표시합니다.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Evidence for: %1 [%2]</source>
        <translation>다음 사건의 근거: %1 [%2]</translation>
    </message>
</context>
<context>
    <name>Kairos::BundleExport</name>
    <message>
        <source>%1 was not written completely</source>
        <translation>%1을(를) 끝까지 쓰지 못했습니다</translation>
    </message>
    <message>
        <source>no temporary folder: %1</source>
        <translation>임시 폴더 없음: %1</translation>
    </message>
    <message>
        <source>%1 exists and is not an empty folder; choose a new or empty folder</source>
        <translation>%1이(가) 이미 있으며 빈 폴더가 아닙니다. 새 폴더나 빈 폴더를 선택하십시오</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>%1 폴더가 존재하지 않습니다</translation>
    </message>
    <message>
        <source>cannot replace the empty folder %1</source>
        <translation>빈 폴더 %1을(를) 대체할 수 없습니다</translation>
    </message>
    <message>
        <source>cannot move the bundle into %1</source>
        <translation>묶음을 %1 위치로 옮길 수 없습니다</translation>
    </message>
    <message>
        <source>Exported from Kairos</source>
        <translation>Kairos에서 내보냄</translation>
    </message>
</context>
<context>
    <name>Kairos::ChartExportDialog</name>
    <message>
        <source>Screen, 1920 × 1080</source>
        <translation>화면, 1920 × 1080</translation>
    </message>
    <message>
        <source>Slide, 1600 × 900</source>
        <translation>슬라이드, 1600 × 900</translation>
    </message>
    <message>
        <source>4K, 3840 × 2160</source>
        <translation>4K, 3840 × 2160</translation>
    </message>
    <message>
        <source>A4 landscape, 300 dpi</source>
        <translation>A4 가로, 300dpi</translation>
    </message>
    <message>
        <source>A4 portrait, 300 dpi</source>
        <translation>A4 세로, 300dpi</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>차트 내보내기</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>사용자 지정</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>Sets the printed size of SVG and PDF pages and how large text is on a PNG of this many pixels.</source>
        <translation>SVG와 PDF 페이지의 인쇄 크기와, 이 픽셀 수의 PNG에서 글자가 얼마나 크게 보일지를 정합니다.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>제목(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>크기(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>해상도(&amp;R):</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>미리 보기</translation>
    </message>
    <message>
        <source>&amp;Copy to Clipboard</source>
        <translation>클립보드에 복사(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>다른 이름으로 저장(&amp;S)…</translation>
    </message>
    <message>
        <source>Page of %1 × %2 mm in SVG and PDF</source>
        <translation>SVG와 PDF에서 %1 × %2mm 페이지</translation>
    </message>
    <message>
        <source>timeline.png</source>
        <translation>타임라인.png</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG vector image (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG 이미지 (*.png);;SVG 벡터 이미지 (*.svg);;PDF 문서 (*.pdf)</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>내보내기 실패</translation>
    </message>
    <message>
        <source>Exporting the chart to %1…</source>
        <translation>차트를 %1(으)로 내보내는 중…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Width in pixels</source>
        <translation>너비(픽셀)</translation>
    </message>
    <message>
        <source>Height in pixels</source>
        <translation>높이(픽셀)</translation>
    </message>
    <message>
        <source>Copying the chart…</source>
        <translation>차트를 복사하는 중…</translation>
    </message>
    <message>
        <source>As on screen, %1 × %2</source>
        <translation>화면과 같게, %1 × %2</translation>
    </message>
</context>
<context>
    <name>Kairos::ChartExportJob</name>
    <message>
        <source>another export is still running</source>
        <translation>다른 내보내기가 아직 진행 중입니다</translation>
    </message>
    <message>
        <source>Cannot copy the chart: %1</source>
        <translation>차트를 복사할 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>Kairos::ChartExporter</name>
    <message>
        <source>“%1” (no source recorded)</source>
        <translation>‘%1’(기록된 출처 없음)</translation>
    </message>
    <message>
        <source>Timeline of events</source>
        <translation>사건 타임라인</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) in view</source>
        <translation>
            <numerusform>보기 안의 사건 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n개 선택됨</numerusform>
        </translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>출처</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more source(s) not listed</source>
        <translation>
            <numerusform>… 그 밖에 출처 %n개는 표시하지 않음</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (+%n more)</source>
        <translation>
            <numerusform> (외 %n개)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot export the chart to %1: %2</source>
        <translation>차트를 %1 파일로 내보낼 수 없습니다: %2</translation>
    </message>
    <message>
        <source>unknown format “.%1”; use .png, .svg or .pdf</source>
        <translation>알 수 없는 형식 ‘.%1’입니다. .png, .svg 또는 .pdf를 사용하십시오</translation>
    </message>
    <message>
        <source>the size must be between 200×150 and 20000×20000 pixels</source>
        <translation>크기는 200×150에서 20000×20000 픽셀 사이여야 합니다</translation>
    </message>
    <message>
        <source>the resolution must be between 24 and 2400 dpi</source>
        <translation>해상도는 24에서 2400 dpi 사이여야 합니다</translation>
    </message>
    <message>
        <source>Timeline chart exported by Kairos</source>
        <translation>Kairos에서 내보낸 타임라인 차트</translation>
    </message>
    <message>
        <source>rendering failed</source>
        <translation>렌더링 실패</translation>
    </message>
    <message>
        <source>lanes by event type</source>
        <translation>사건 유형별 레인</translation>
    </message>
    <message>
        <source>lanes by entity</source>
        <translation>개체별 레인</translation>
    </message>
    <message>
        <source>lanes by outlet</source>
        <translation>매체별 레인</translation>
    </message>
    <message>
        <source>not enough memory for %1 × %2 pixels</source>
        <translation>%1 × %2 픽셀을 만들 메모리가 부족합니다</translation>
    </message>
</context>
<context>
    <name>Kairos::EntityModel</name>
    <message>
        <source>%1 (also: %2)</source>
        <translation>%1(다른 이름: %2)</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>개체</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>언급</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>사건</translation>
    </message>
</context>
<context>
    <name>Kairos::EntitySidebar</name>
    <message>
        <source>Search entities</source>
        <translation>개체 검색</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>개체</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>이름 바꾸기(&amp;R)…</translation>
    </message>
    <message>
        <source>Change &amp;Type…</source>
        <translation>유형 변경(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Merge Selected</source>
        <translation>선택 항목 병합(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
    <message>
        <source>Rename Entity</source>
        <translation>개체 이름 바꾸기</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>새 이름:</translation>
    </message>
    <message>
        <source>Change Entity Type</source>
        <translation>개체 유형 변경</translation>
    </message>
    <message>
        <source>Entity type:</source>
        <translation>개체 유형:</translation>
    </message>
    <message>
        <source>Delete Entity</source>
        <translation>개체 삭제</translation>
    </message>
    <message>
        <source>Delete “%1”? Its mentions and event links go too; you can undo this.</source>
        <translation>‘%1’을(를) 삭제하시겠습니까? 언급과 사건 연결도 함께 삭제됩니다. 이 작업은 실행 취소할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>Kairos::EventDelegate</name>
    <message>
        <source>Event type</source>
        <translation>사건 유형</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>검토 상태</translation>
    </message>
    <message>
        <source>2025-12-08, 2025-12, 2025-Q4 or 2025</source>
        <translation>2025-12-08, 2025-12, 2025-Q4 또는 2025</translation>
    </message>
    <message>
        <source>The precision follows what you type: a day, a month, a quarter or a year</source>
        <translation>입력한 형식에 따라 정밀도가 정해집니다: 일, 월, 분기 또는 연도</translation>
    </message>
</context>
<context>
    <name>Kairos::EventLayerItem</name>
    <message>
        <source>No dated events to show</source>
        <translation>표시할 날짜가 있는 사건이 없습니다</translation>
    </message>
    <message numerus="yes">
        <source>%n undated event(s) not shown</source>
        <translation>
            <numerusform>날짜 없는 사건 %n건은 표시하지 않음</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 events, up to %2 per bin</source>
        <translation>사건 %1건, 구간당 최대 %2건</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>오늘</translation>
    </message>
</context>
<context>
    <name>Kairos::EventModel</name>
    <message>
        <source>week of %1</source>
        <translation>%1 주간</translation>
    </message>
    <message>
        <source>c. %1</source>
        <translation>%1년경</translation>
    </message>
    <message>
        <source>between %1 and %2</source>
        <translation>%1~%2 사이</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>%1까지</translation>
    </message>
    <message>
        <source>after %1</source>
        <translation>%1 이후</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>날짜 없음</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>개체</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>매체</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>신뢰도</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Not saved yet: waiting for the connection to the server.</source>
        <translation>아직 저장되지 않음: 서버 연결을 기다리는 중입니다.</translation>
    </message>
    <message>
        <source>%1

Your edit “%2” was kept and will be saved as soon as the server can be reached again.</source>
        <translation>%1

편집한 내용 “%2”은(는) 보관되었으며 서버에 다시 연결되는 즉시 저장됩니다.</translation>
    </message>
    <message>
        <source>Your edit “%1” was not saved: someone else deleted the event in the meantime.</source>
        <translation>편집한 내용 “%1”은(는) 저장되지 않았습니다: 그사이 다른 사람이 이벤트를 삭제했습니다.</translation>
    </message>
    <message numerus="yes">
        <source>The connection to the server is back: %n kept edit(s) saved.</source>
        <translation>
            <numerusform>서버 연결이 복구되었습니다: 보관된 편집 %n개를 저장했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your edit “%1” was not saved: someone else changed the event while the connection was lost. Edit it again on their version.</source>
        <translation>편집한 내용 “%1”은(는) 저장되지 않았습니다: 연결이 끊긴 동안 다른 사람이 이벤트를 변경했습니다. 변경된 버전에서 다시 편집하십시오.</translation>
    </message>
    <message>
        <source>Not saved yet: waiting for another program to finish writing.</source>
        <translation>아직 저장되지 않음: 다른 프로그램이 쓰기를 마치기를 기다리는 중입니다.</translation>
    </message>
    <message>
        <source>%1

Your edit “%2” was kept and will be saved as soon as the other program is done.</source>
        <translation>%1

편집 “%2”은(는) 보관되었으며 다른 프로그램이 끝나는 대로 저장됩니다.</translation>
    </message>
    <message numerus="yes">
        <source>The workspace is free again: %n kept edit(s) saved.</source>
        <translation>
            <numerusform>작업 공간이 다시 사용 가능합니다: 보관된 편집 %n개를 저장했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved yet: an edit the last session could not save.</source>
        <translation>아직 저장되지 않음: 지난 세션에서 저장하지 못한 편집입니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) that the last session could not save are saved now.</source>
        <translation>
            <numerusform>지난 세션에서 저장하지 못한 편집 %n개를 이제 저장했습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kairos::EvidencePanel</name>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>근거</translation>
    </message>
    <message>
        <source>Select an event to see the sentences that support it.</source>
        <translation>사건을 선택하면 그 근거가 되는 문장을 볼 수 있습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n supporting sentence(s)</source>
        <translation>
            <numerusform>근거 문장 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n independent source(s) (distinct outlets)</source>
        <translation>
            <numerusform>독립 출처 %n개(서로 다른 매체)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Some outlets carry the same wording, as from one wire story: %n independent report(s).</source>
        <translation>
            <numerusform>일부 매체가 같은 통신사 기사를 옮긴 듯 같은 문구를 사용합니다. 독립 보도 %n건.</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown outlet</source>
        <translation>알 수 없는 매체</translation>
    </message>
    <message>
        <source>Show in Article</source>
        <translation>기사에서 보기</translation>
    </message>
    <message>
        <source>Show this sentence in its article</source>
        <translation>이 문장을 해당 기사에서 보기</translation>
    </message>
    <message>
        <source>Open Source…</source>
        <translation>출처 열기…</translation>
    </message>
    <message>
        <source>Open the cited source in a web browser</source>
        <translation>웹 브라우저에서 인용된 출처 열기</translation>
    </message>
    <message>
        <source>Sources disagree</source>
        <translation>출처 간 불일치</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
</context>
<context>
    <name>Kairos::ExportFormat</name>
    <message>
        <source>TimelineJS 3 JSON</source>
        <translation>TimelineJS 3 JSON</translation>
    </message>
    <message>
        <source>vis-timeline DataSet JSON</source>
        <translation>vis-timeline DataSet JSON</translation>
    </message>
    <message>
        <source>CSV spreadsheet</source>
        <translation>CSV 스프레드시트</translation>
    </message>
    <message>
        <source>Kairos event JSON</source>
        <translation>Kairos 사건 JSON</translation>
    </message>
    <message>
        <source>iCalendar</source>
        <translation>iCalendar</translation>
    </message>
    <message>
        <source>Kairos bundle</source>
        <translation>Kairos 묶음</translation>
    </message>
</context>
<context>
    <name>Kairos::ExternalLinks</name>
    <message>
        <source>Open Link</source>
        <translation>링크 열기</translation>
    </message>
    <message>
        <source>Open this address in your web browser?</source>
        <translation>이 주소를 웹 브라우저에서 여시겠습니까?</translation>
    </message>
</context>
<context>
    <name>Kairos::FormatWriter</name>
    <message>
        <source>between %1 and %2</source>
        <translation>%1~%2 사이</translation>
    </message>
    <message>
        <source>no later than %1</source>
        <translation>%1 또는 그 이전</translation>
    </message>
    <message>
        <source>no earlier than %1</source>
        <translation>%1 또는 그 이후</translation>
    </message>
</context>
<context>
    <name>Kairos::ICalWriter</name>
    <message>
        <source>according to %1</source>
        <translation>%1에 따르면</translation>
    </message>
    <message>
        <source>Date known to the week: %1</source>
        <translation>주 단위까지 알려진 날짜: %1</translation>
    </message>
    <message>
        <source>Date known to the month: %1</source>
        <translation>월 단위까지 알려진 날짜: %1</translation>
    </message>
    <message>
        <source>Date known to the quarter: %1</source>
        <translation>분기 단위까지 알려진 날짜: %1</translation>
    </message>
    <message>
        <source>Date known to the year: %1</source>
        <translation>연 단위까지 알려진 날짜: %1</translation>
    </message>
    <message>
        <source>Approximate date: %1</source>
        <translation>대략적인 날짜: %1</translation>
    </message>
</context>
<context>
    <name>Kairos::MainWindow</name>
    <message numerus="yes">
        <source>%n file(s), %1 MB — %2</source>
        <translation>
            <numerusform>파일 %n개, %1MB — %2</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>새 작업 공간(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>작업 공간 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Import Bundles…</source>
        <translation>기사 묶음 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>Export &amp;Chart…</source>
        <translation>차트 내보내기(&amp;C)…</translation>
    </message>
    <message>
        <source>Export &amp;Timeline…</source>
        <translation>타임라인 내보내기(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
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
        <source>&amp;Find…</source>
        <translation>찾기(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Add Event</source>
        <translation>사건 추가(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Delete Events</source>
        <translation>사건 삭제(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Confirm Events</source>
        <translation>사건 확인(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Reject Events</source>
        <translation>사건 거부(&amp;J)</translation>
    </message>
    <message>
        <source>Open &amp;Demo Workspace</source>
        <translation>데모 작업 공간 열기(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;About Kairos</source>
        <translation>Kairos 정보(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>최근 항목 열기(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>도구(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>환경 설정(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>Filter: type:approval entity:Nvidia after:2025-12-01 status:confirmed &quot;emergency meeting&quot;</source>
        <translation>필터: type:approval entity:Nvidia after:2025-12-01 status:confirmed &quot;긴급 회의&quot;</translation>
    </message>
    <message>
        <source>Event filter</source>
        <translation>사건 필터</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>사건</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>개체</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>기사</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>가져오기 취소</translation>
    </message>
    <message>
        <source>Timeline chart</source>
        <translation>타임라인 차트</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>내보내기 실패</translation>
    </message>
    <message>
        <source>Chart exported to %1</source>
        <translation>차트를 %1 파일로 내보냈습니다</translation>
    </message>
    <message>
        <source>About Kairos</source>
        <translation>Kairos 정보</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Kairos %1&lt;/h3&gt;&lt;p&gt;Policy-event timelines from article bundles.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kairos %1&lt;/h3&gt;&lt;p&gt;기사 묶음에서 정책 사건 타임라인을 만듭니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Qt %1 · KDE Syntax Highlighting %2 · SQLite %3&lt;br&gt;Licensed under the GNU General Public License, version 3 or later (GPL-3.0-or-later).</source>
        <translation>Qt %1 · KDE Syntax Highlighting %2 · SQLite %3&lt;br&gt;GNU 일반 공중 사용 허가서 버전 3 이상(GPL-3.0-or-later)에 따라 사용이 허가됩니다.</translation>
    </message>
    <message>
        <source>Import Running</source>
        <translation>가져오기 진행 중</translation>
    </message>
    <message>
        <source>Wait for the import to finish or cancel it first.</source>
        <translation>가져오기가 끝날 때까지 기다리거나 먼저 가져오기를 취소하십시오.</translation>
    </message>
    <message>
        <source>Cannot Open Workspace</source>
        <translation>작업 공간을 열 수 없음</translation>
    </message>
    <message>
        <source>Cannot Open the Demo</source>
        <translation>데모를 열 수 없음</translation>
    </message>
    <message>
        <source>Edit Not Saved</source>
        <translation>편집 내용이 저장되지 않음</translation>
    </message>
    <message>
        <source>Kairos</source>
        <translation>Kairos</translation>
    </message>
    <message>
        <source> [read-only]</source>
        <translation> [읽기 전용]</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n event(s) shown</source>
        <translation>
            <numerusform>사건 %n건 중 %1건 표시</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>기사 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entit(y/ies)</source>
        <translation>
            <numerusform>개체 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Confirm %n event(s)</source>
        <translation>
            <numerusform>사건 %n건 확인</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n event(s)</source>
        <translation>
            <numerusform>사건 %n건 거부</numerusform>
        </translation>
    </message>
    <message>
        <source>New event</source>
        <translation>새 사건</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>새 작업 공간</translation>
    </message>
    <message>
        <source>Kairos workspaces (*.kairos)</source>
        <translation>Kairos 작업 공간 (*.kairos)</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>작업 공간 열기</translation>
    </message>
    <message>
        <source>Kairos workspaces (*.kairos);;All files (*)</source>
        <translation>Kairos 작업 공간 (*.kairos);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Import Bundles</source>
        <translation>기사 묶음 가져오기</translation>
    </message>
    <message>
        <source>Article bundles (*.zip *.tar *.tar.gz *.tgz *.tar.xz *.tar.zst *.7z *.txt *.md *.html *.htm *.pdf *.json *.xml *.rss *.atom *.csv *.jsonl);;All files (*)</source>
        <translation>기사 묶음 (*.zip *.tar *.tar.gz *.tgz *.tar.xz *.tar.zst *.7z *.txt *.md *.html *.htm *.pdf *.json *.xml *.rss *.atom *.csv *.jsonl);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Import Report</source>
        <translation>가져오기 보고서</translation>
    </message>
    <message>
        <source>Drop article bundles to import them, or a .kairos file to open it</source>
        <translation>기사 묶음을 끌어다 놓으면 가져오고, .kairos 파일을 놓으면 엽니다</translation>
    </message>
    <message>
        <source>&amp;Merge Events</source>
        <translation>사건 병합(&amp;M)</translation>
    </message>
    <message>
        <source>Merge the selected events that report the same happening into the first one</source>
        <translation>같은 일을 보도하는 선택한 사건들을 첫 번째 사건으로 병합</translation>
    </message>
    <message>
        <source>Add &amp;Note to Timeline…</source>
        <translation>타임라인에 메모 추가(&amp;N)…</translation>
    </message>
    <message>
        <source>Select two or more events to merge.</source>
        <translation>병합할 사건을 두 개 이상 선택하십시오.</translation>
    </message>
    <message>
        <source>Add Note to Timeline</source>
        <translation>타임라인에 메모 추가</translation>
    </message>
    <message>
        <source>Date of the note</source>
        <translation>메모 날짜</translation>
    </message>
    <message>
        <source>Text of the note</source>
        <translation>메모 내용</translation>
    </message>
    <message>
        <source>e.g. Export rule takes effect</source>
        <translation>예: 수출 규정 발효</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>날짜(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>내용(&amp;T):</translation>
    </message>
    <message>
        <source>Export the events for TimelineJS, vis-timeline, a spreadsheet, a calendar or a colleague</source>
        <translation>TimelineJS, vis-timeline, 스프레드시트, 달력 또는 동료에게 줄 사건을 내보냅니다</translation>
    </message>
    <message>
        <source>Export Timeline</source>
        <translation>타임라인 내보내기</translation>
    </message>
    <message>
        <source>timeline.timelinejs.json</source>
        <translation>timeline.timelinejs.json</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) exported to %1</source>
        <translation>
            <numerusform>사건 %n개를 %1(으)로 내보냈습니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n undated or out of range, not exported)</source>
        <translation>
            <numerusform>(날짜가 없거나 범위를 벗어난 %n개는 내보내지 않음)</numerusform>
        </translation>
    </message>
    <message>
        <source>Connection Lost</source>
        <translation>연결 끊김</translation>
    </message>
    <message>
        <source>Retry Now</source>
        <translation>지금 다시 시도</translation>
    </message>
    <message>
        <source>Workspace Busy</source>
        <translation>작업 공간 사용 중</translation>
    </message>
    <message>
        <source>Cannot Open Workspace for Writing</source>
        <translation>작업 공간을 쓰기용으로 열 수 없음</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>읽기 전용으로 열기</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) that the last session could not save will be saved now.</source>
        <translation>
            <numerusform>지난 세션에서 저장하지 못한 편집 %n개를 지금 저장합니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>폴더 가져오기(&amp;F)…</translation>
    </message>
    <message>
        <source>Workspace Already Open</source>
        <translation>작업 공간이 이미 열려 있음</translation>
    </message>
    <message>
        <source>%1 is already open for editing in %2. Two windows editing one workspace would overwrite each other&apos;s view of it.</source>
        <translation>%1은(는) 이미 %2에서 편집용으로 열려 있습니다. 두 창이 한 작업 공간을 편집하면 서로의 화면 내용을 덮어쓰게 됩니다.</translation>
    </message>
    <message>
        <source>%1[*] — Kairos</source>
        <translation>%1[*] — Kairos</translation>
    </message>
    <message>
        <source>Import a Folder</source>
        <translation>폴더 가져오기</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s)</source>
        <translation>
            <numerusform>묶음 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo or Redo Failed</source>
        <translation>실행 취소 또는 다시 실행 실패</translation>
    </message>
    <message>
        <source>Updating the workspace…</source>
        <translation>작업 공간을 업데이트하는 중…</translation>
    </message>
</context>
<context>
    <name>Kairos::MarkerStyle</name>
    <message>
        <source>Occurred</source>
        <translation>발생함</translation>
    </message>
    <message>
        <source>Ongoing, in force</source>
        <translation>진행 중, 시행 중</translation>
    </message>
    <message>
        <source>Announced, planned, expected</source>
        <translation>발표됨, 계획됨, 예상됨</translation>
    </message>
    <message>
        <source>Under consideration</source>
        <translation>검토 중</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>주장됨</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>부인됨</translation>
    </message>
</context>
<context>
    <name>Kairos::OverviewStrip</name>
    <message>
        <source>The whole time span; drag the window to move the chart</source>
        <translation>전체 기간입니다. 범위 창을 끌어 차트를 이동하십시오</translation>
    </message>
</context>
<context>
    <name>Kairos::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>환경 설정</translation>
    </message>
    <message>
        <source>Extraction</source>
        <translation>추출</translation>
    </message>
    <message>
        <source>Numeric dates put the &amp;day first (03/04/2025 is 3 April)</source>
        <translation>숫자 날짜의 일을 먼저 읽기(&amp;D)(03/04/2025는 4월 3일)</translation>
    </message>
    <message>
        <source>Own gazetteers</source>
        <translation>사용자 개체 사전</translation>
    </message>
    <message>
        <source>&amp;Add Gazetteer…</source>
        <translation>개체 사전 추가(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>제거(&amp;R)</translation>
    </message>
    <message>
        <source>Limits for bundles from elsewhere</source>
        <translation>외부 묶음 제한</translation>
    </message>
    <message>
        <source>Largest file</source>
        <translation>최대 파일 크기</translation>
    </message>
    <message>
        <source>Largest bundle</source>
        <translation>최대 묶음 크기</translation>
    </message>
    <message>
        <source>Most files in a bundle</source>
        <translation>묶음당 최대 파일 수</translation>
    </message>
    <message>
        <source>Largest &amp;file:</source>
        <translation>최대 파일 크기(&amp;F):</translation>
    </message>
    <message>
        <source>Largest &amp;bundle (uncompressed):</source>
        <translation>최대 묶음 크기(압축 해제 시)(&amp;B):</translation>
    </message>
    <message>
        <source>Most files in a &amp;bundle:</source>
        <translation>묶음당 최대 파일 수(&amp;N):</translation>
    </message>
    <message>
        <source>Add Gazetteer</source>
        <translation>개체 사전 추가</translation>
    </message>
    <message>
        <source>Gazetteers (*.json)</source>
        <translation>개체 사전 (*.json)</translation>
    </message>
</context>
<context>
    <name>Kairos::QueryLineEdit</name>
    <message>
        <source>Event filter</source>
        <translation>사건 필터</translation>
    </message>
    <message>
        <source>Words to find, or fields such as type:approval, entity:&quot;Xi Jinping&quot;, status:confirmed, after:2025-12-01, before:2026, on:2025-12-08</source>
        <translation>찾을 단어 또는 type:approval, entity:&quot;Xi Jinping&quot;, status:confirmed, after:2025-12-01, before:2026, on:2025-12-08 같은 필드</translation>
    </message>
    <message>
        <source>Filter events: words, type:, entity:, status:, after:, before:, on:</source>
        <translation>사건 필터: 단어, type:, entity:, status:, after:, before:, on:</translation>
    </message>
    <message>
        <source>Query completions</source>
        <translation>쿼리 자동 완성</translation>
    </message>
</context>
<context>
    <name>Kairos::SafeTextBrowser</name>
    <message>
        <source>Formatted article</source>
        <translation>서식 있는 기사</translation>
    </message>
</context>
<context>
    <name>Kairos::TimeTicks</name>
    <message>
        <source>%1 BCE</source>
        <translation>기원전 %1년</translation>
    </message>
</context>
<context>
    <name>Kairos::TimelineExporter</name>
    <message>
        <source>no file name given</source>
        <translation>파일 이름을 지정하지 않음</translation>
    </message>
    <message>
        <source>the start of the period must come before its end</source>
        <translation>기간의 시작은 끝보다 앞서야 합니다</translation>
    </message>
    <message>
        <source>Cannot export the timeline to %1: %2</source>
        <translation>%1에 타임라인을 내보낼 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>Kairos::TimelineIndex</name>
    <message numerus="yes">
        <source>Others (%n lanes)</source>
        <translation>
            <numerusform>기타(레인 %n개)</numerusform>
        </translation>
    </message>
    <message>
        <source>No outlet</source>
        <translation>매체 없음</translation>
    </message>
    <message>
        <source>No entity</source>
        <translation>개체 없음</translation>
    </message>
</context>
<context>
    <name>Kairos::TimelineJsWriter</name>
    <message>
        <source>about %1</source>
        <translation>%1경</translation>
    </message>
    <message>
        <source>according to %1</source>
        <translation>%1에 따르면</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) from %1 to %2.</source>
        <translation>
            <numerusform>%1부터 %2까지의 사건 %n건.</numerusform>
        </translation>
    </message>
    <message>
        <source>No dated events.</source>
        <translation>날짜가 있는 사건이 없습니다.</translation>
    </message>
    <message>
        <source>Exported from Kairos on %1.</source>
        <translation>%1에 Kairos에서 내보냄.</translation>
    </message>
</context>
<context>
    <name>Kairos::TimelinePanel</name>
    <message>
        <source>Lanes by type</source>
        <translation>유형별 레인</translation>
    </message>
    <message>
        <source>Lanes by entity</source>
        <translation>개체별 레인</translation>
    </message>
    <message>
        <source>Lanes by outlet</source>
        <translation>매체별 레인</translation>
    </message>
</context>
<context>
    <name>Kairos::ZoomHistory</name>
    <message>
        <source>Back</source>
        <translation>뒤로</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>앞으로</translation>
    </message>
    <message>
        <source>Fit All</source>
        <translation>전체 보기</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>확대</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>축소</translation>
    </message>
    <message>
        <source>Back to the previous time window</source>
        <translation>이전 시간 범위로 돌아가기</translation>
    </message>
    <message>
        <source>Forward to the next time window</source>
        <translation>다음 시간 범위로 이동</translation>
    </message>
    <message>
        <source>Show all events</source>
        <translation>모든 사건 표시</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Proposed</source>
        <translation>제안됨</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>확인됨</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>거부됨</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>발생함</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>발표됨</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>계획됨</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>예상됨</translation>
    </message>
    <message>
        <source>Under consideration</source>
        <translation>검토 중</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>주장됨</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>부인됨</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>시행 중</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>조직</translation>
    </message>
    <message>
        <source>People</source>
        <translation>인물</translation>
    </message>
    <message>
        <source>Governments and agencies</source>
        <translation>정부 및 기관</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>제품</translation>
    </message>
    <message>
        <source>Media outlets</source>
        <translation>언론 매체</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>기타</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>The database holds tables, but not those of a Kairos workspace.</source>
        <translation>데이터베이스에 테이블이 있지만 Kairos 작업 공간의 테이블이 아닙니다.</translation>
    </message>
    <message>
        <source>The file is an SQLite database of another application.</source>
        <translation>이 파일은 다른 응용 프로그램의 SQLite 데이터베이스입니다.</translation>
    </message>
    <message>
        <source>The workspace has no schema version.</source>
        <translation>작업 공간에 스키마 버전이 없습니다.</translation>
    </message>
    <message>
        <source>“%1” was changed or deleted by someone else since you opened it; reload to see their version.</source>
        <translation>‘%1’을(를) 연 뒤 다른 사람이 이를 변경하거나 삭제했습니다. 다시 불러와서 변경된 내용을 확인하십시오.</translation>
    </message>
    <message>
        <source>Nothing to merge.</source>
        <translation>병합할 항목이 없습니다.</translation>
    </message>
    <message>
        <source>The event “%1” was changed or deleted by someone else since you opened it. Your edit was not saved; reload to see their version.</source>
        <translation>‘%1’ 사건을 연 뒤 다른 사람이 이를 변경하거나 삭제했습니다. 편집 내용은 저장되지 않았습니다. 다시 불러와서 변경된 내용을 확인하십시오.</translation>
    </message>
    <message>
        <source>The workspace “%1” does not exist.</source>
        <translation>‘%1’ 작업 공간이 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation>‘%1’ 폴더가 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>The folder “%1” is not writable.</source>
        <translation>‘%1’ 폴더에 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a workspace file.</source>
        <translation>‘%1’은(는) 작업 공간 파일이 아니라 폴더입니다.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>‘%1’을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>“%1” is not a Kairos workspace (not an SQLite database).</source>
        <translation>‘%1’은(는) Kairos 작업 공간이 아닙니다(SQLite 데이터베이스가 아님).</translation>
    </message>
    <message>
        <source>“%1” is truncated: its database header is incomplete.</source>
        <translation>‘%1’이(가) 잘려 있습니다. 데이터베이스 헤더가 불완전합니다.</translation>
    </message>
    <message>
        <source>The workspace “%1” is read-only.</source>
        <translation>‘%1’ 작업 공간은 읽기 전용입니다.</translation>
    </message>
    <message>
        <source>The disk that holds “%1” is full: free some space, then try again.</source>
        <translation>‘%1’이(가) 있는 디스크가 가득 찼습니다. 공간을 확보한 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Another program is writing to “%1” and did not finish in time: try again in a moment.</source>
        <translation>다른 프로그램이 ‘%1’에 쓰고 있으며 제때 끝나지 않았습니다. 잠시 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>No workspace was given.</source>
        <translation>작업 공간을 지정하지 않았습니다.</translation>
    </message>
    <message>
        <source>The Qt SQL driver for %1 is not installed.</source>
        <translation>%1용 Qt SQL 드라이버가 설치되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>‘%1’을(를) 열 수 없습니다: %2</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>‘%1’: %2</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of Kairos (workspace format %2; this version reads up to %3). It was left unchanged.</source>
        <translation>‘%1’은(는) 더 새로운 버전의 Kairos에서 작성되었습니다(작업 공간 형식 %2, 이 버전은 형식 %3까지 읽을 수 있음). 아무것도 변경하지 않았습니다.</translation>
    </message>
    <message>
        <source>“%1” needs an upgrade of its format, which a read-only open cannot do.</source>
        <translation>‘%1’의 형식을 업그레이드해야 하지만 읽기 전용으로 열면 업그레이드할 수 없습니다.</translation>
    </message>
    <message>
        <source>Cannot set up “%1”: %2</source>
        <translation>‘%1’을(를) 설정할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>“%1” cannot be used as a workspace: %2</source>
        <translation>‘%1’은(는) 작업 공간으로 사용할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The PostgreSQL server %1 does not offer an encrypted (TLS) connection, but the workspace asks for one (sslmode=%2). Ask the server&apos;s administrator to turn on TLS, or add ?sslmode=prefer to the URL for a server on a network you trust.</source>
        <translation>PostgreSQL 서버 %1은(는) 암호화된(TLS) 연결을 제공하지 않지만 작업 공간은 암호화 연결을 요구합니다(sslmode=%2). 서버 관리자에게 TLS를 켜 달라고 요청하거나, 신뢰할 수 있는 네트워크의 서버라면 URL에 ?sslmode=prefer를 추가하십시오.</translation>
    </message>
    <message>
        <source>The encrypted (TLS) connection to the PostgreSQL server %1 failed (sslmode=%2): %3</source>
        <translation>PostgreSQL 서버 %1에 대한 암호화된(TLS) 연결에 실패했습니다(sslmode=%2): %3</translation>
    </message>
    <message>
        <source>The PostgreSQL server %1 refused the password of the user “%2”. Check the password in the URL, in PGPASSWORD or in the password file (PGPASSFILE or ~/.pgpass).</source>
        <translation>PostgreSQL 서버 %1이(가) 사용자 “%2”의 비밀번호를 거부했습니다. URL, PGPASSWORD 또는 비밀번호 파일(PGPASSFILE 또는 ~/.pgpass)의 비밀번호를 확인하십시오.</translation>
    </message>
    <message>
        <source>The PostgreSQL server %1 asks for a password, and none was found. Give it in PGPASSWORD or in a password file that only you can read (PGPASSFILE or ~/.pgpass).</source>
        <translation>PostgreSQL 서버 %1이(가) 비밀번호를 요구하지만 찾을 수 없습니다. PGPASSWORD 또는 본인만 읽을 수 있는 비밀번호 파일(PGPASSFILE 또는 ~/.pgpass)에 지정하십시오.</translation>
    </message>
    <message>
        <source>The connection to the PostgreSQL server %1 was lost (%2).</source>
        <translation>PostgreSQL 서버 %1과(와)의 연결이 끊어졌습니다(%2).</translation>
    </message>
    <message>
        <source>The connection to the PostgreSQL server %1 was lost (%2). Kairos has connected again, but the change in progress may not have been saved.</source>
        <translation>PostgreSQL 서버 %1과(와)의 연결이 끊어졌습니다(%2). Kairos가 다시 연결했지만 진행 중이던 변경 사항은 저장되지 않았을 수 있습니다.</translation>
    </message>
    <message>
        <source>The connection to the PostgreSQL server %1 was lost (%2), and it could not be restored: %3</source>
        <translation>PostgreSQL 서버 %1과(와)의 연결이 끊어졌고(%2) 복구할 수 없었습니다: %3</translation>
    </message>
    <message>
        <source>The entity “%1” could not be added.</source>
        <translation>엔터티 “%1”을(를) 추가할 수 없습니다.</translation>
    </message>
    <message>
        <source>“%1” would be on a network drive (%2), where SQLite cannot keep two computers from writing a workspace at once and damaging it. Choose a folder on a local disk, or share the work as a team workspace on PostgreSQL.</source>
        <translation>“%1”은(는) 네트워크 드라이브(%2)에 있게 됩니다. 그곳에서는 SQLite가 두 컴퓨터가 동시에 작업 공간에 써서 손상시키는 것을 막을 수 없습니다. 로컬 디스크의 폴더를 선택하거나 PostgreSQL의 팀 작업 공간으로 공유하십시오.</translation>
    </message>
    <message>
        <source>“%1” is on a network drive (%2), where SQLite cannot keep two computers from writing the workspace at once and damaging it. Open it read-only, copy it to a local disk, or share it as a team workspace on PostgreSQL.</source>
        <translation>“%1”은(는) 네트워크 드라이브(%2)에 있습니다. 그곳에서는 SQLite가 두 컴퓨터가 동시에 작업 공간에 써서 손상시키는 것을 막을 수 없습니다. 읽기 전용으로 열거나, 로컬 디스크로 복사하거나, PostgreSQL의 팀 작업 공간으로 공유하십시오.</translation>
    </message>
    <message>
        <source>Your PostgreSQL role may not make this change in “%1”; ask the workspace&apos;s owner for editor access.</source>
        <translation>PostgreSQL 역할에 “%1”에서 이 변경을 할 권한이 없습니다. 작업 공간 소유자에게 편집 권한을 요청하십시오.</translation>
    </message>
    <message>
        <source>Only team workspaces on PostgreSQL have roles; “%1” is a file.</source>
        <translation>역할은 PostgreSQL의 팀 작업 공간에만 있습니다. “%1”은(는) 파일입니다.</translation>
    </message>
    <message>
        <source>There is no PostgreSQL role “%1” on the server of “%2”: create it first (CREATE ROLE … LOGIN).</source>
        <translation>“%2”의 서버에 PostgreSQL 역할 “%1”이(가) 없습니다. 먼저 만드십시오(CREATE ROLE … LOGIN).</translation>
    </message>
    <message>
        <source>“%1” is damaged and was not opened (SQLite&apos;s check of its pages found: %2). Open a backup copy, or recover what is readable with the sqlite3 tool&apos;s .recover command.</source>
        <translation>“%1”이(가) 손상되어 열지 않았습니다(SQLite의 페이지 검사 결과: %2). 백업 사본을 열거나 sqlite3 도구의 .recover 명령으로 읽을 수 있는 내용을 복구하십시오.</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>응답 없음</translation>
    </message>
</context>
<context>
    <name>WorkspaceLocation</name>
    <message>
        <source>“%1” is not a valid PostgreSQL URL (expected postgresql://user@host:port/database).</source>
        <translation>‘%1’은(는) 올바른 PostgreSQL URL이 아닙니다(필요한 형식: postgresql://user@host:port/database).</translation>
    </message>
    <message>
        <source>The option “%1” of the PostgreSQL URL cannot contain a semicolon.</source>
        <translation>PostgreSQL URL의 옵션 “%1”에는 세미콜론을 사용할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>WorkspaceLock</name>
    <message>
        <source>another Kairos window (process %1 on %2)</source>
        <translation>다른 Kairos 창(%2의 프로세스 %1)</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>이 컴퓨터</translation>
    </message>
</context>
<context>
    <name>kairos-cli</name>
    <message>
        <source>Usage: kairos-cli [--version] [--help] COMMAND [ARGS]

Policy-event timelines from article bundles, without a display.

Commands:
</source>
        <translation>사용법: kairos-cli [--version] [--help] COMMAND [ARGS]

기사 묶음에서 정책 사건 타임라인을 만듭니다(화면 없이 실행).

명령:
</translation>
    </message>
    <message>
        <source>
Run kairos-cli COMMAND --help for the options of a command.
</source>
        <translation>
명령의 옵션을 보려면 kairos-cli COMMAND --help를 실행하십시오.
</translation>
    </message>
    <message>
        <source>kairos-cli: unknown command “%1”. Run kairos-cli --help for the list.
</source>
        <translation>kairos-cli: 알 수 없는 명령 ‘%1’. 명령 목록을 보려면 kairos-cli --help를 실행하십시오.
</translation>
    </message>
    <message>
        <source>kairos-cli export-chart: --%1 must be a whole number from %2 to %3, not “%4”
</source>
        <translation>kairos-cli export-chart: --%1에는 %2에서 %3 사이의 정수를 지정해야 합니다. ‘%4’은(는) 올바르지 않습니다
</translation>
    </message>
    <message>
        <source>kairos-cli export-chart: --%1 “%2” is not a date; write e.g. 2025, 2025-03 or 2025-03-14
</source>
        <translation>kairos-cli export-chart: --%1 ‘%2’은(는) 날짜가 아닙니다. 2025, 2025-03, 2025-03-14와 같이 쓰십시오
</translation>
    </message>
    <message>
        <source>kairos-cli export-chart: expected WORKSPACE and OUT (or --demo and OUT)
</source>
        <translation>kairos-cli export-chart: WORKSPACE와 OUT(또는 --demo와 OUT)이 필요합니다
</translation>
    </message>
    <message>
        <source>kairos-cli export-chart: cannot tell the format of %1: use a .png, .svg or .pdf name
</source>
        <translation>kairos-cli export-chart: %1의 형식을 알 수 없습니다. .png, .svg 또는 .pdf로 끝나는 이름을 사용하십시오
</translation>
    </message>
    <message>
        <source>kairos-cli export-chart: --from must come before --to
</source>
        <translation>kairos-cli export-chart: --from은 --to보다 앞서야 합니다
</translation>
    </message>
    <message>
        <source>kairos-cli export-chart: --lanes must be type, entity or outlet, not “%1”
</source>
        <translation>kairos-cli export-chart: --lanes에는 type, entity, outlet 중 하나를 지정해야 합니다. ‘%1’은(는) 올바르지 않습니다
</translation>
    </message>
    <message>
        <source>Kairos demo: US export permits for Nvidia H200 chips to China</source>
        <translation>Kairos 데모: Nvidia H200 칩의 대중국 수출에 대한 미국의 허가</translation>
    </message>
    <message>
        <source>Wrote %1 (%2×%3 px at %4 dpi, %5 dated events)
</source>
        <translation>%1 파일을 썼습니다(%2×%3 px, %4 dpi, 날짜가 있는 사건 %5건)
</translation>
    </message>
    <message>
        <source>Render the timeline chart with its legend and numbered sources to PNG, SVG or PDF (by suffix).</source>
        <translation>범례와 번호를 매긴 출처를 포함한 타임라인 차트를 PNG, SVG 또는 PDF로 렌더링합니다(파일 확장자에 따라 결정).</translation>
    </message>
    <message>
        <source>The workspace (omit with --demo).</source>
        <translation>작업 공간(--demo를 사용하면 생략).</translation>
    </message>
    <message>
        <source>The file to write: .png, .svg or .pdf.</source>
        <translation>쓸 파일: .png, .svg 또는 .pdf.</translation>
    </message>
    <message>
        <source>Chart the built-in demo workspace.</source>
        <translation>내장 데모 작업 공간의 차트를 만듭니다.</translation>
    </message>
    <message>
        <source>Width in pixels (default 1600).</source>
        <translation>너비(픽셀, 기본값 1600).</translation>
    </message>
    <message>
        <source>Height in pixels (default 900).</source>
        <translation>높이(픽셀, 기본값 900).</translation>
    </message>
    <message>
        <source>Resolution; sets the page size of SVG and PDF (default 96).</source>
        <translation>해상도. SVG와 PDF의 페이지 크기를 결정합니다(기본값 96).</translation>
    </message>
    <message>
        <source>Start of the time window (ISO date, e.g. 2025-03).</source>
        <translation>시간 범위의 시작(ISO 날짜, 예: 2025-03).</translation>
    </message>
    <message>
        <source>End of the time window, inclusive (ISO date).</source>
        <translation>시간 범위의 끝, 해당 날짜 포함(ISO 날짜).</translation>
    </message>
    <message>
        <source>Group lanes by type (default), entity or outlet.</source>
        <translation>레인을 type(사건 유형, 기본값), entity(개체) 또는 outlet(매체)별로 묶습니다.</translation>
    </message>
    <message>
        <source>Title printed above the chart.</source>
        <translation>차트 위에 표시할 제목.</translation>
    </message>
    <message>
        <source>kairos-cli export: --%1 “%2” is not a date (use 2025-12-08, 2025-12 or 2025)
</source>
        <translation>kairos-cli export: --%1 ‘%2’은(는) 날짜가 아닙니다(2025-12-08, 2025-12 또는 2025 형식을 사용하십시오)
</translation>
    </message>
    <message>
        <source>kairos-cli export: expected WORKSPACE and OUT
</source>
        <translation>kairos-cli export: WORKSPACE와 OUT이 필요합니다
</translation>
    </message>
    <message>
        <source>kairos-cli export: --format must be one of %1, not “%2”
</source>
        <translation>kairos-cli export: --format에는 %1 중 하나를 지정해야 합니다. ‘%2’은(는) 올바르지 않습니다
</translation>
    </message>
    <message>
        <source>kairos-cli export: cannot tell the format of %1: give --format, or name it .timelinejs.json, .vis.json, .json, .csv, .ics, .zip or as a folder
</source>
        <translation>kairos-cli export: %1의 형식을 알 수 없습니다. --format을 지정하거나, .timelinejs.json, .vis.json, .json, .csv, .ics, .zip으로 끝나는 이름 또는 폴더를 사용하십시오
</translation>
    </message>
    <message>
        <source>kairos-cli export: --from must come before --to
</source>
        <translation>kairos-cli export: --from은 --to보다 앞서야 합니다
</translation>
    </message>
    <message>
        <source>kairos-cli export: --status must be proposed, confirmed or rejected, not “%1”
</source>
        <translation>kairos-cli export: --status에는 proposed, confirmed, rejected 중 하나를 지정해야 합니다. ‘%1’은(는) 올바르지 않습니다
</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%2, %n event(s))</source>
        <translation>
            <numerusform>%1을(를) 썼습니다(%2, 사건 %n개)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n article(s)</source>
        <translation>
            <numerusform>, 기사 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n entity(s)</source>
        <translation>
            <numerusform>, 개체 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Placed %n event(s) known only by a bound (“no later than …”) at that bound.
</source>
        <translation>
            <numerusform>경계(“늦어도 …”)만 알려진 사건 %n개를 그 경계에 두었습니다.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n event(s) without a date: the format needs one.
</source>
        <translation>
            <numerusform>날짜가 없는 사건 %n개를 건너뛰었습니다. 이 형식에는 날짜가 필요합니다.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n event(s) dated outside the years 1 to 9999.
</source>
        <translation>
            <numerusform>1년부터 9999년 밖의 날짜인 사건 %n개를 건너뛰었습니다.
</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the events as TimelineJS 3 or vis-timeline JSON, CSV, Kairos JSON, iCalendar or a Kairos bundle (.zip or folder); the format follows OUT&apos;s name unless --format is given.</source>
        <translation>사건을 TimelineJS 3 또는 vis-timeline JSON, CSV, Kairos JSON, iCalendar 또는 Kairos 묶음(.zip 또는 폴더)으로 내보냅니다. --format을 지정하지 않으면 OUT의 이름에 따라 형식이 정해집니다.</translation>
    </message>
    <message>
        <source>The workspace to read.</source>
        <translation>읽을 작업 공간.</translation>
    </message>
    <message>
        <source>The file to write (x.timelinejs.json, x.vis.json, x.json, x.csv, x.ics, x.zip) or a new folder for a bundle.</source>
        <translation>쓸 파일(x.timelinejs.json, x.vis.json, x.json, x.csv, x.ics, x.zip) 또는 묶음을 담을 새 폴더.</translation>
    </message>
    <message>
        <source>timelinejs, vis, csv, json, ics or bundle.</source>
        <translation>timelinejs, vis, csv, json, ics 또는 bundle.</translation>
    </message>
    <message>
        <source>Only events on or after DATE.</source>
        <translation>DATE 당일 또는 이후의 사건만.</translation>
    </message>
    <message>
        <source>Only events before DATE.</source>
        <translation>DATE 이전의 사건만.</translation>
    </message>
    <message>
        <source>Only proposed, confirmed or rejected events.</source>
        <translation>상태가 proposed(제안됨), confirmed(확인됨) 또는 rejected(거부됨)인 사건만.</translation>
    </message>
    <message>
        <source>The timeline&apos;s title (TimelineJS title slide, calendar name, bundle title); default: the workspace&apos;s name.</source>
        <translation>타임라인 제목(TimelineJS 제목 슬라이드, 달력 이름, 묶음 제목). 기본값은 작업 공간 이름입니다.</translation>
    </message>
    <message>
        <source>kairos-cli import: expected a WORKSPACE and at least one PATH
</source>
        <translation>kairos-cli import: WORKSPACE 하나와 PATH 하나 이상이 필요합니다
</translation>
    </message>
    <message>
        <source>kairos-cli import: extraction is off: %1
</source>
        <translation>kairos-cli import: 추출이 꺼져 있습니다: %1
</translation>
    </message>
    <message>
        <source>Import article bundles (folders, archives, files) into a workspace, creating it if needed. Exit status 0: all imported; 3: some files rejected; 1: nothing could be done.</source>
        <translation>기사 묶음(폴더, 아카이브, 파일)을 작업 공간으로 가져오며, 필요하면 작업 공간을 만듭니다. 종료 상태 0: 모두 가져옴, 3: 일부 파일 거부됨, 1: 아무것도 하지 못함.</translation>
    </message>
    <message>
        <source>The workspace to import into.</source>
        <translation>가져올 대상 작업 공간.</translation>
    </message>
    <message>
        <source>Bundles: folders, archives or single files.</source>
        <translation>묶음: 폴더, 아카이브 또는 개별 파일.</translation>
    </message>
    <message>
        <source>Print the import report as one JSON object.</source>
        <translation>가져오기 보고서를 JSON 객체 하나로 출력합니다.</translation>
    </message>
    <message>
        <source>Store articles without proposing events and entities.</source>
        <translation>사건과 개체를 제안하지 않고 기사만 저장합니다.</translation>
    </message>
    <message>
        <source>Also print notes such as skipped duplicates.</source>
        <translation>건너뛴 중복 항목 같은 참고 사항도 출력합니다.</translation>
    </message>
    <message>
        <source>Read numeric dates such as 03/04/2025 day first.</source>
        <translation>03/04/2025 같은 숫자 날짜를 일이 먼저 오는 것으로 읽습니다.</translation>
    </message>
    <message>
        <source>Also recognise the entities in FILE (JSON; may be repeated).</source>
        <translation>FILE에 있는 개체도 인식합니다(JSON, 여러 번 지정 가능).</translation>
    </message>
    <message>
        <source>kairos-cli %1: expected exactly one WORKSPACE argument
</source>
        <translation>kairos-cli %1: WORKSPACE 인수가 정확히 하나 필요합니다
</translation>
    </message>
    <message>
        <source>kairos-cli events: --%1 “%2” is not a date (use 2025-12-08, 2025-12 or 2025)
</source>
        <translation>kairos-cli events: --%1 ‘%2’은(는) 날짜가 아닙니다(2025-12-08, 2025-12 또는 2025 형식을 사용하십시오)
</translation>
    </message>
    <message>
        <source>kairos-cli events: --status must be proposed, confirmed or rejected
</source>
        <translation>kairos-cli events: --status는 proposed, confirmed, rejected 중 하나여야 합니다
</translation>
    </message>
    <message>
        <source>Print the events as a JSON array, with their dates, entities, status, sources and evidence.</source>
        <translation>사건을 날짜, 개체, 상태, 출처, 근거와 함께 JSON 배열로 출력합니다.</translation>
    </message>
    <message>
        <source>Print JSON (indented).</source>
        <translation>JSON을 출력합니다(들여쓰기 적용).</translation>
    </message>
    <message>
        <source>Only events involving the entity NAME (or an alias).</source>
        <translation>개체 NAME(또는 별칭)이 관련된 사건만.</translation>
    </message>
    <message>
        <source>Only events of TYPE (approval, meeting, …).</source>
        <translation>유형이 TYPE인 사건만(approval, meeting, …).</translation>
    </message>
    <message>
        <source>Print the entities with their type, aliases and numbers of mentions and events as JSON.</source>
        <translation>개체를 유형, 별칭, 언급 수, 사건 수와 함께 JSON으로 출력합니다.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON을 출력합니다.</translation>
    </message>
    <message>
        <source>kairos-cli init: expected exactly one WORKSPACE argument
</source>
        <translation>kairos-cli init: WORKSPACE 인수가 정확히 하나 필요합니다
</translation>
    </message>
    <message>
        <source>Workspace ready: %1
</source>
        <translation>작업 공간 준비됨: %1
</translation>
    </message>
    <message>
        <source>kairos-cli stats: expected exactly one WORKSPACE argument
</source>
        <translation>kairos-cli stats: WORKSPACE 인수가 정확히 하나 필요합니다
</translation>
    </message>
    <message>
        <source>Articles: %1
Events: %2
Entities: %3
Mentions: %4
</source>
        <translation>기사: %1
사건: %2
개체: %3
언급: %4
</translation>
    </message>
    <message>
        <source>Create an empty workspace (a .kairos file or a postgresql:// URL).</source>
        <translation>빈 작업 공간을 만듭니다(.kairos 파일 또는 postgresql:// URL).</translation>
    </message>
    <message>
        <source>The workspace to create.</source>
        <translation>만들 작업 공간.</translation>
    </message>
    <message>
        <source>Print the numbers of articles, events, entities and mentions.</source>
        <translation>기사, 사건, 개체, 언급의 수를 출력합니다.</translation>
    </message>
    <message>
        <source>The workspace to count.</source>
        <translation>집계할 작업 공간.</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>JSON 객체 하나를 출력합니다.</translation>
    </message>
    <message>
        <source>kairos-cli grant: expected a team WORKSPACE URL and a ROLE
</source>
        <translation>kairos-cli grant: 팀 작업 공간 URL(WORKSPACE)과 역할(ROLE)이 필요합니다
</translation>
    </message>
    <message>
        <source>%1 may now read %2.
</source>
        <translation>%1은(는) 이제 %2을(를) 읽을 수 있습니다.
</translation>
    </message>
    <message>
        <source>%1 may now read and edit %2.
</source>
        <translation>%1은(는) 이제 %2을(를) 읽고 편집할 수 있습니다.
</translation>
    </message>
    <message>
        <source>Let an existing PostgreSQL role edit (or only read) a team workspace, without the right to change its tables. Run it as the workspace&apos;s owner.</source>
        <translation>기존 PostgreSQL 역할이 팀 작업 공간을 편집(또는 읽기만)할 수 있게 하되 테이블은 바꿀 수 없게 합니다. 작업 공간 소유자로 실행하십시오.</translation>
    </message>
    <message>
        <source>The team workspace (a postgresql:// URL).</source>
        <translation>팀 작업 공간(postgresql:// URL).</translation>
    </message>
    <message>
        <source>The team member&apos;s role.</source>
        <translation>팀원의 역할.</translation>
    </message>
    <message>
        <source>Reading only: no edits, no imports.</source>
        <translation>읽기 전용: 편집도 가져오기도 없습니다.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Policy-event timelines from article bundles.</source>
        <translation>기사 묶음에서 정책 사건 타임라인을 만듭니다.</translation>
    </message>
    <message>
        <source>Open the embedded demo workspace.</source>
        <translation>내장 데모 작업 공간을 엽니다.</translation>
    </message>
    <message>
        <source>Use the language CODE (e.g. de, zh_CN, ko).</source>
        <translation>언어 CODE를 사용합니다(예: de, zh_CN, ko).</translation>
    </message>
    <message>
        <source>Open WORKSPACE (a .kairos file or a postgresql:// URL).</source>
        <translation>WORKSPACE를 엽니다(.kairos 파일 또는 postgresql:// URL).</translation>
    </message>
    <message>
        <source>A .kairos workspace to open, or article bundles to import.</source>
        <translation>열 .kairos 작업 공간 또는 가져올 기사 묶음.</translation>
    </message>
</context>
</TS>
