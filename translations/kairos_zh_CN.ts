<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Commands</name>
    <message>
        <source>Edit entity “%1”</source>
        <translation>编辑实体“%1”</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n entit(y/ies)</source>
        <translation>
            <numerusform>删除 %n 个实体</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merge %n entit(y/ies)</source>
        <translation>
            <numerusform>合并 %n 个实体</numerusform>
        </translation>
    </message>
    <message>
        <source>The workspace is closed.</source>
        <translation>工作区已关闭。</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>编辑“%1”</translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation>添加“%1”</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>删除“%1”</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n events</source>
        <translation>
            <numerusform>删除 %n 个事件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merge %n event(s)</source>
        <translation>
            <numerusform>合并 %n 个事件</numerusform>
        </translation>
    </message>
    <message>
        <source>Add note “%1”</source>
        <translation>添加备注“%1”</translation>
    </message>
    <message>
        <source>Import of %1</source>
        <translation>导入 %1</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>Cannot unpack the demo bundle into %1.</source>
        <translation>无法将演示文章包解压到 %1。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>The demo bundle could not be imported: %1</source>
        <translation>无法导入演示文章包：%1</translation>
    </message>
    <message>
        <source>Cannot write the demo workspace to %1.</source>
        <translation>无法将演示工作区写入 %1。</translation>
    </message>
</context>
<context>
    <name>EventQuery</name>
    <message>
        <source>“%1:” needs a value.</source>
        <translation>“%1:”需要一个值。</translation>
    </message>
    <message>
        <source>Unknown status “%1” (proposed, confirmed or rejected).</source>
        <translation>未知状态“%1”（可用 proposed、confirmed 或 rejected）。</translation>
    </message>
    <message>
        <source>“%1” is not a date (use 2025-12-08, 2025-12 or 2025).</source>
        <translation>“%1”不是日期（请使用 2025-12-08、2025-12 或 2025 的形式）。</translation>
    </message>
    <message>
        <source>Unknown field “%1:”; known fields are %2.</source>
        <translation>未知字段“%1:”；可用的字段有 %2。</translation>
    </message>
</context>
<context>
    <name>EventTypes</name>
    <message>
        <source>Approval</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Ban or export control</source>
        <translation>禁令或出口管制</translation>
    </message>
    <message>
        <source>Rejection</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会晤</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>声明</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Investment or incentive</source>
        <translation>投资或激励措施</translation>
    </message>
    <message>
        <source>Production change</source>
        <translation>生产调整</translation>
    </message>
    <message>
        <source>Purchase talks or deal</source>
        <translation>采购谈判或交易</translation>
    </message>
    <message>
        <source>Lawsuit or investigation</source>
        <translation>诉讼或调查</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>ImportJournal</name>
    <message>
        <source>Some events of this import were edited or confirmed since, outside this window&apos;s undo history. Delete the import&apos;s events by hand if they are not wanted.</source>
        <translation>此次导入的部分事件此后已在本窗口的撤销历史之外被编辑或确认。如不需要这些事件，请手动删除。</translation>
    </message>
</context>
<context>
    <name>ImportPipeline</name>
    <message>
        <source>The workspace could not be written: %1</source>
        <translation>无法写入工作区：%1</translation>
    </message>
    <message>
        <source>%1: already in the workspace (same content or URL); its origin was recorded.</source>
        <translation>%1：已在工作区中（内容或 URL 相同）；已记录其出处。</translation>
    </message>
    <message>
        <source>%1: the evidence sentence “%2” is not in the article text.</source>
        <translation>%1：证据句子“%2”不在文章正文中。</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message numerus="yes">
        <source>%n article(s) added</source>
        <translation>
            <numerusform>已添加 %n 篇文章</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already present</source>
        <translation>
            <numerusform>%n 篇已存在</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n 个事件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new entit(y/ies)</source>
        <translation>
            <numerusform>%n 个新实体</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) rejected</source>
        <translation>
            <numerusform>%n 个文件被拒绝</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>Kairos::ArticleModel</name>
    <message>
        <source>undated</source>
        <translation>无日期</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>媒体</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>发布时间</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>文章包</translation>
    </message>
</context>
<context>
    <name>Kairos::ArticleReader</name>
    <message>
        <source>Open Original…</source>
        <translation>打开原文…</translation>
    </message>
    <message>
        <source>Filter articles</source>
        <translation>筛选文章</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Open the original article in a web browser</source>
        <translation>在网页浏览器中打开原始文章</translation>
    </message>
    <message>
        <source>Article views</source>
        <translation>文章视图</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Formatted</source>
        <translation>排版</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>源码</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>No article selected</source>
        <translation>未选择文章</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
</context>
<context>
    <name>Kairos::ArticleSourceView</name>
    <message>
        <source>Article source</source>
        <translation>文章源码</translation>
    </message>
    <message numerus="yes">
        <source>This article was extracted from a PDF file of %n byte(s). The Text tab shows the extracted text.</source>
        <translation>
            <numerusform>本文章提取自一个大小为 %n 字节的 PDF 文件。“文本”选项卡显示提取出的文本。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kairos::ArticleTextView</name>
    <message>
        <source>Article text</source>
        <translation>文章正文</translation>
    </message>
    <message>
        <source>Highlighted sentences support events; press Enter or click to show the event.</source>
        <translation>突出显示的句子是事件的证据；按 Enter 键或单击即可显示该事件。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Evidence for: %1 [%2]</source>
        <translation>证据所属事件：%1 [%2]</translation>
    </message>
</context>
<context>
    <name>Kairos::BundleExport</name>
    <message>
        <source>%1 was not written completely</source>
        <translation>%1 未能完整写入</translation>
    </message>
    <message>
        <source>no temporary folder: %1</source>
        <translation>没有临时文件夹：%1</translation>
    </message>
    <message>
        <source>%1 exists and is not an empty folder; choose a new or empty folder</source>
        <translation>%1 已存在且不是空文件夹；请选择新的或空的文件夹</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>文件夹 %1 不存在</translation>
    </message>
    <message>
        <source>cannot replace the empty folder %1</source>
        <translation>无法替换空文件夹 %1</translation>
    </message>
    <message>
        <source>cannot move the bundle into %1</source>
        <translation>无法将文章包移动到 %1</translation>
    </message>
    <message>
        <source>Exported from Kairos</source>
        <translation>从 Kairos 导出</translation>
    </message>
</context>
<context>
    <name>Kairos::ChartExportDialog</name>
    <message>
        <source>Screen, 1920 × 1080</source>
        <translation>屏幕，1920 × 1080</translation>
    </message>
    <message>
        <source>Slide, 1600 × 900</source>
        <translation>幻灯片，1600 × 900</translation>
    </message>
    <message>
        <source>4K, 3840 × 2160</source>
        <translation>4K，3840 × 2160</translation>
    </message>
    <message>
        <source>A4 landscape, 300 dpi</source>
        <translation>A4 横向，300 dpi</translation>
    </message>
    <message>
        <source>A4 portrait, 300 dpi</source>
        <translation>A4 纵向，300 dpi</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>Sets the printed size of SVG and PDF pages and how large text is on a PNG of this many pixels.</source>
        <translation>决定 SVG 和 PDF 页面的打印尺寸，以及在此像素数的 PNG 上文字的大小。</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>尺寸(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>分辨率(&amp;R)：</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>&amp;Copy to Clipboard</source>
        <translation>复制到剪贴板(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>另存为(&amp;S)…</translation>
    </message>
    <message>
        <source>Page of %1 × %2 mm in SVG and PDF</source>
        <translation>SVG 和 PDF 中的页面为 %1 × %2 毫米</translation>
    </message>
    <message>
        <source>timeline.png</source>
        <translation>时间线.png</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG vector image (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG 图像 (*.png);;SVG 矢量图像 (*.svg);;PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Exporting the chart to %1…</source>
        <translation>正在将图表导出到 %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Width in pixels</source>
        <translation>宽度（像素）</translation>
    </message>
    <message>
        <source>Height in pixels</source>
        <translation>高度（像素）</translation>
    </message>
    <message>
        <source>Copying the chart…</source>
        <translation>正在复制图表…</translation>
    </message>
    <message>
        <source>As on screen, %1 × %2</source>
        <translation>与屏幕相同，%1 × %2</translation>
    </message>
</context>
<context>
    <name>Kairos::ChartExportJob</name>
    <message>
        <source>another export is still running</source>
        <translation>另一个导出仍在进行</translation>
    </message>
    <message>
        <source>Cannot copy the chart: %1</source>
        <translation>无法复制图表：%1</translation>
    </message>
</context>
<context>
    <name>Kairos::ChartExporter</name>
    <message>
        <source>“%1” (no source recorded)</source>
        <translation>“%1”（未记录来源）</translation>
    </message>
    <message>
        <source>Timeline of events</source>
        <translation>事件时间线</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) in view</source>
        <translation>
            <numerusform>视图中有 %n 个事件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>已选择 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more source(s) not listed</source>
        <translation>
            <numerusform>…另有 %n 个来源未列出</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (+%n more)</source>
        <translation>
            <numerusform>（另有 %n 个）</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot export the chart to %1: %2</source>
        <translation>无法将图表导出到 %1：%2</translation>
    </message>
    <message>
        <source>unknown format “.%1”; use .png, .svg or .pdf</source>
        <translation>未知格式“.%1”；请使用 .png、.svg 或 .pdf</translation>
    </message>
    <message>
        <source>the size must be between 200×150 and 20000×20000 pixels</source>
        <translation>尺寸必须在 200×150 到 20000×20000 像素之间</translation>
    </message>
    <message>
        <source>the resolution must be between 24 and 2400 dpi</source>
        <translation>分辨率必须在 24 到 2400 dpi 之间</translation>
    </message>
    <message>
        <source>Timeline chart exported by Kairos</source>
        <translation>由 Kairos 导出的时间线图表</translation>
    </message>
    <message>
        <source>rendering failed</source>
        <translation>渲染失败</translation>
    </message>
    <message>
        <source>lanes by event type</source>
        <translation>按事件类型分泳道</translation>
    </message>
    <message>
        <source>lanes by entity</source>
        <translation>按实体分泳道</translation>
    </message>
    <message>
        <source>lanes by outlet</source>
        <translation>按媒体分泳道</translation>
    </message>
    <message>
        <source>not enough memory for %1 × %2 pixels</source>
        <translation>内存不足，无法生成 %1 × %2 像素的图像</translation>
    </message>
</context>
<context>
    <name>Kairos::EntityModel</name>
    <message>
        <source>%1 (also: %2)</source>
        <translation>%1（又称：%2）</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>实体</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>提及</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
</context>
<context>
    <name>Kairos::EntitySidebar</name>
    <message>
        <source>Search entities</source>
        <translation>搜索实体</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>实体</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <source>Change &amp;Type…</source>
        <translation>更改类型(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Merge Selected</source>
        <translation>合并所选(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Rename Entity</source>
        <translation>重命名实体</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <source>Change Entity Type</source>
        <translation>更改实体类型</translation>
    </message>
    <message>
        <source>Entity type:</source>
        <translation>实体类型：</translation>
    </message>
    <message>
        <source>Delete Entity</source>
        <translation>删除实体</translation>
    </message>
    <message>
        <source>Delete “%1”? Its mentions and event links go too; you can undo this.</source>
        <translation>要删除“%1”吗？其提及和事件关联也将一并删除；此操作可以撤销。</translation>
    </message>
</context>
<context>
    <name>Kairos::EventDelegate</name>
    <message>
        <source>Event type</source>
        <translation>事件类型</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>审核状态</translation>
    </message>
    <message>
        <source>2025-12-08, 2025-12, 2025-Q4 or 2025</source>
        <translation>2025-12-08、2025-12、2025-Q4 或 2025</translation>
    </message>
    <message>
        <source>The precision follows what you type: a day, a month, a quarter or a year</source>
        <translation>精度取决于您的输入：日、月、季度或年</translation>
    </message>
</context>
<context>
    <name>Kairos::EventLayerItem</name>
    <message>
        <source>No dated events to show</source>
        <translation>没有可显示的有日期事件</translation>
    </message>
    <message numerus="yes">
        <source>%n undated event(s) not shown</source>
        <translation>
            <numerusform>%n 个无日期事件未显示</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 events, up to %2 per bin</source>
        <translation>%1 个事件，每个区间最多 %2 个</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
</context>
<context>
    <name>Kairos::EventModel</name>
    <message>
        <source>week of %1</source>
        <translation>%1 当周</translation>
    </message>
    <message>
        <source>c. %1</source>
        <translation>约 %1 年</translation>
    </message>
    <message>
        <source>between %1 and %2</source>
        <translation>%1 至 %2 之间</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>不晚于 %1</translation>
    </message>
    <message>
        <source>after %1</source>
        <translation>%1 之后</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>无日期</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>实体</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>媒体</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Not saved yet: waiting for the connection to the server.</source>
        <translation>尚未保存：正在等待与服务器的连接。</translation>
    </message>
    <message>
        <source>%1

Your edit “%2” was kept and will be saved as soon as the server can be reached again.</source>
        <translation>%1

您的编辑“%2”已保留，将在服务器恢复可用后立即保存。</translation>
    </message>
    <message>
        <source>Your edit “%1” was not saved: someone else deleted the event in the meantime.</source>
        <translation>您的编辑“%1”未保存：其他人在此期间删除了该事件。</translation>
    </message>
    <message numerus="yes">
        <source>The connection to the server is back: %n kept edit(s) saved.</source>
        <translation>
            <numerusform>与服务器的连接已恢复：已保存 %n 项保留的编辑。</numerusform>
        </translation>
    </message>
    <message>
        <source>Your edit “%1” was not saved: someone else changed the event while the connection was lost. Edit it again on their version.</source>
        <translation>您的编辑“%1”未保存：连接中断期间其他人修改了该事件。请在对方的版本上重新编辑。</translation>
    </message>
    <message>
        <source>Not saved yet: waiting for another program to finish writing.</source>
        <translation>尚未保存：正在等待另一个程序完成写入。</translation>
    </message>
    <message>
        <source>%1

Your edit “%2” was kept and will be saved as soon as the other program is done.</source>
        <translation>%1

您的修改“%2”已保留，将在另一个程序完成后立即保存。</translation>
    </message>
    <message numerus="yes">
        <source>The workspace is free again: %n kept edit(s) saved.</source>
        <translation>
            <numerusform>工作区已空闲：已保存 %n 项保留的修改。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved yet: an edit the last session could not save.</source>
        <translation>尚未保存：上次会话未能保存的修改。</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) that the last session could not save are saved now.</source>
        <translation>
            <numerusform>上次会话未能保存的 %n 项修改现已保存。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kairos::EvidencePanel</name>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Select an event to see the sentences that support it.</source>
        <translation>选择一个事件，即可查看支持它的句子。</translation>
    </message>
    <message numerus="yes">
        <source>%n supporting sentence(s)</source>
        <translation>
            <numerusform>%n 条证据句子</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n independent source(s) (distinct outlets)</source>
        <translation>
            <numerusform>%n 个独立来源（不同媒体）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Some outlets carry the same wording, as from one wire story: %n independent report(s).</source>
        <translation>
            <numerusform>部分媒体的措辞相同，似乎出自同一篇通讯社稿件：独立报道 %n 篇。</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown outlet</source>
        <translation>未知媒体</translation>
    </message>
    <message>
        <source>Show in Article</source>
        <translation>在文章中显示</translation>
    </message>
    <message>
        <source>Show this sentence in its article</source>
        <translation>在所属文章中显示此句子</translation>
    </message>
    <message>
        <source>Open Source…</source>
        <translation>打开来源…</translation>
    </message>
    <message>
        <source>Open the cited source in a web browser</source>
        <translation>在网页浏览器中打开引用的来源</translation>
    </message>
    <message>
        <source>Sources disagree</source>
        <translation>来源说法不一</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
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
        <translation>CSV 电子表格</translation>
    </message>
    <message>
        <source>Kairos event JSON</source>
        <translation>Kairos 事件 JSON</translation>
    </message>
    <message>
        <source>iCalendar</source>
        <translation>iCalendar</translation>
    </message>
    <message>
        <source>Kairos bundle</source>
        <translation>Kairos 文章包</translation>
    </message>
</context>
<context>
    <name>Kairos::ExternalLinks</name>
    <message>
        <source>Open Link</source>
        <translation>打开链接</translation>
    </message>
    <message>
        <source>Open this address in your web browser?</source>
        <translation>要在网页浏览器中打开此地址吗？</translation>
    </message>
</context>
<context>
    <name>Kairos::FormatWriter</name>
    <message>
        <source>between %1 and %2</source>
        <translation>%1 至 %2 之间</translation>
    </message>
    <message>
        <source>no later than %1</source>
        <translation>不晚于 %1</translation>
    </message>
    <message>
        <source>no earlier than %1</source>
        <translation>不早于 %1</translation>
    </message>
</context>
<context>
    <name>Kairos::ICalWriter</name>
    <message>
        <source>according to %1</source>
        <translation>据 %1</translation>
    </message>
    <message>
        <source>Date known to the week: %1</source>
        <translation>日期精确到周：%1</translation>
    </message>
    <message>
        <source>Date known to the month: %1</source>
        <translation>日期精确到月：%1</translation>
    </message>
    <message>
        <source>Date known to the quarter: %1</source>
        <translation>日期精确到季度：%1</translation>
    </message>
    <message>
        <source>Date known to the year: %1</source>
        <translation>日期精确到年：%1</translation>
    </message>
    <message>
        <source>Approximate date: %1</source>
        <translation>大致日期：%1</translation>
    </message>
</context>
<context>
    <name>Kairos::MainWindow</name>
    <message numerus="yes">
        <source>%n file(s), %1 MB — %2</source>
        <translation>
            <numerusform>%n 个文件，%1 MB — %2</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>新建工作区(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>打开工作区(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Import Bundles…</source>
        <translation>导入文章包(&amp;I)…</translation>
    </message>
    <message>
        <source>Export &amp;Chart…</source>
        <translation>导出图表(&amp;C)…</translation>
    </message>
    <message>
        <source>Export &amp;Timeline…</source>
        <translation>导出时间线(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Add Event</source>
        <translation>添加事件(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Delete Events</source>
        <translation>删除事件(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Confirm Events</source>
        <translation>确认事件(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Reject Events</source>
        <translation>拒绝事件(&amp;J)</translation>
    </message>
    <message>
        <source>Open &amp;Demo Workspace</source>
        <translation>打开演示工作区(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;About Kairos</source>
        <translation>关于 Kairos(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Filter: type:approval entity:Nvidia after:2025-12-01 status:confirmed &quot;emergency meeting&quot;</source>
        <translation>筛选：type:approval entity:Nvidia after:2025-12-01 status:confirmed &quot;紧急会议&quot;</translation>
    </message>
    <message>
        <source>Event filter</source>
        <translation>事件筛选</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>实体</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <source>Timeline chart</source>
        <translation>时间线图表</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Chart exported to %1</source>
        <translation>图表已导出到 %1</translation>
    </message>
    <message>
        <source>About Kairos</source>
        <translation>关于 Kairos</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Kairos %1&lt;/h3&gt;&lt;p&gt;Policy-event timelines from article bundles.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kairos %1&lt;/h3&gt;&lt;p&gt;从文章包生成政策事件时间线。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Qt %1 · KDE Syntax Highlighting %2 · SQLite %3&lt;br&gt;Licensed under the GNU General Public License, version 3 or later (GPL-3.0-or-later).</source>
        <translation>Qt %1 · KDE Syntax Highlighting %2 · SQLite %3&lt;br&gt;依据 GNU 通用公共许可证第 3 版或更高版本（GPL-3.0-or-later）授权。</translation>
    </message>
    <message>
        <source>Import Running</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>Wait for the import to finish or cancel it first.</source>
        <translation>请等待导入完成，或先取消导入。</translation>
    </message>
    <message>
        <source>Cannot Open Workspace</source>
        <translation>无法打开工作区</translation>
    </message>
    <message>
        <source>Cannot Open the Demo</source>
        <translation>无法打开演示</translation>
    </message>
    <message>
        <source>Edit Not Saved</source>
        <translation>编辑未保存</translation>
    </message>
    <message>
        <source>Kairos</source>
        <translation>Kairos</translation>
    </message>
    <message>
        <source> [read-only]</source>
        <translation> [只读]</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n event(s) shown</source>
        <translation>
            <numerusform>显示 %1 个事件（共 %n 个）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n 篇文章</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entit(y/ies)</source>
        <translation>
            <numerusform>%n 个实体</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Confirm %n event(s)</source>
        <translation>
            <numerusform>确认 %n 个事件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n event(s)</source>
        <translation>
            <numerusform>拒绝 %n 个事件</numerusform>
        </translation>
    </message>
    <message>
        <source>New event</source>
        <translation>新事件</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>新建工作区</translation>
    </message>
    <message>
        <source>Kairos workspaces (*.kairos)</source>
        <translation>Kairos 工作区 (*.kairos)</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>打开工作区</translation>
    </message>
    <message>
        <source>Kairos workspaces (*.kairos);;All files (*)</source>
        <translation>Kairos 工作区 (*.kairos);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import Bundles</source>
        <translation>导入文章包</translation>
    </message>
    <message>
        <source>Article bundles (*.zip *.tar *.tar.gz *.tgz *.tar.xz *.tar.zst *.7z *.txt *.md *.html *.htm *.pdf *.json *.xml *.rss *.atom *.csv *.jsonl);;All files (*)</source>
        <translation>文章包 (*.zip *.tar *.tar.gz *.tgz *.tar.xz *.tar.zst *.7z *.txt *.md *.html *.htm *.pdf *.json *.xml *.rss *.atom *.csv *.jsonl);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import Report</source>
        <translation>导入报告</translation>
    </message>
    <message>
        <source>Drop article bundles to import them, or a .kairos file to open it</source>
        <translation>将文章包拖放到此处即可导入，拖放 .kairos 文件则可打开</translation>
    </message>
    <message>
        <source>&amp;Merge Events</source>
        <translation>合并事件(&amp;M)</translation>
    </message>
    <message>
        <source>Merge the selected events that report the same happening into the first one</source>
        <translation>将报道同一事态的所选事件合并到第一个事件中</translation>
    </message>
    <message>
        <source>Add &amp;Note to Timeline…</source>
        <translation>添加时间线备注(&amp;N)…</translation>
    </message>
    <message>
        <source>Select two or more events to merge.</source>
        <translation>请选择两个或更多要合并的事件。</translation>
    </message>
    <message>
        <source>Add Note to Timeline</source>
        <translation>添加时间线备注</translation>
    </message>
    <message>
        <source>Date of the note</source>
        <translation>备注日期</translation>
    </message>
    <message>
        <source>Text of the note</source>
        <translation>备注文本</translation>
    </message>
    <message>
        <source>e.g. Export rule takes effect</source>
        <translation>例如：出口规定生效</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>文本(&amp;T)：</translation>
    </message>
    <message>
        <source>Export the events for TimelineJS, vis-timeline, a spreadsheet, a calendar or a colleague</source>
        <translation>导出事件，供 TimelineJS、vis-timeline、电子表格、日历或同事使用</translation>
    </message>
    <message>
        <source>Export Timeline</source>
        <translation>导出时间线</translation>
    </message>
    <message>
        <source>timeline.timelinejs.json</source>
        <translation>timeline.timelinejs.json</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) exported to %1</source>
        <translation>
            <numerusform>已将 %n 个事件导出到 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n undated or out of range, not exported)</source>
        <translation>
            <numerusform>（%n 个无日期或超出范围，未导出）</numerusform>
        </translation>
    </message>
    <message>
        <source>Connection Lost</source>
        <translation>连接已中断</translation>
    </message>
    <message>
        <source>Retry Now</source>
        <translation>立即重试</translation>
    </message>
    <message>
        <source>Workspace Busy</source>
        <translation>工作区正忙</translation>
    </message>
    <message>
        <source>Cannot Open Workspace for Writing</source>
        <translation>无法以可写方式打开工作区</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>以只读方式打开</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) that the last session could not save will be saved now.</source>
        <translation>
            <numerusform>上次会话未能保存的 %n 项修改将立即保存。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>导入文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>Workspace Already Open</source>
        <translation>工作区已打开</translation>
    </message>
    <message>
        <source>%1 is already open for editing in %2. Two windows editing one workspace would overwrite each other&apos;s view of it.</source>
        <translation>%1 已在%2中打开以供编辑。两个窗口同时编辑同一工作区会互相覆盖对方的视图。</translation>
    </message>
    <message>
        <source>%1[*] — Kairos</source>
        <translation>%1[*] — Kairos</translation>
    </message>
    <message>
        <source>Import a Folder</source>
        <translation>导入文件夹</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s)</source>
        <translation>
            <numerusform>%n 个资料包</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo or Redo Failed</source>
        <translation>撤销或重做失败</translation>
    </message>
    <message>
        <source>Updating the workspace…</source>
        <translation>正在更新工作区…</translation>
    </message>
</context>
<context>
    <name>Kairos::MarkerStyle</name>
    <message>
        <source>Occurred</source>
        <translation>已发生</translation>
    </message>
    <message>
        <source>Ongoing, in force</source>
        <translation>进行中、已生效</translation>
    </message>
    <message>
        <source>Announced, planned, expected</source>
        <translation>已宣布、计划中、预期</translation>
    </message>
    <message>
        <source>Under consideration</source>
        <translation>审议中</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>据称</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>已否认</translation>
    </message>
</context>
<context>
    <name>Kairos::OverviewStrip</name>
    <message>
        <source>The whole time span; drag the window to move the chart</source>
        <translation>整个时间跨度；拖动窗口框可平移图表</translation>
    </message>
</context>
<context>
    <name>Kairos::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>Extraction</source>
        <translation>信息提取</translation>
    </message>
    <message>
        <source>Numeric dates put the &amp;day first (03/04/2025 is 3 April)</source>
        <translation>数字日期按日在前解读(&amp;D)（03/04/2025 即 4 月 3 日）</translation>
    </message>
    <message>
        <source>Own gazetteers</source>
        <translation>自定义实体词典</translation>
    </message>
    <message>
        <source>&amp;Add Gazetteer…</source>
        <translation>添加实体词典(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Limits for bundles from elsewhere</source>
        <translation>外来文章包的限制</translation>
    </message>
    <message>
        <source>Largest file</source>
        <translation>单个文件大小上限</translation>
    </message>
    <message>
        <source>Largest bundle</source>
        <translation>文章包大小上限</translation>
    </message>
    <message>
        <source>Most files in a bundle</source>
        <translation>文章包内文件数上限</translation>
    </message>
    <message>
        <source>Largest &amp;file:</source>
        <translation>单个文件大小上限(&amp;F)：</translation>
    </message>
    <message>
        <source>Largest &amp;bundle (uncompressed):</source>
        <translation>文章包大小上限（解压后）(&amp;B)：</translation>
    </message>
    <message>
        <source>Most files in a &amp;bundle:</source>
        <translation>文章包内文件数上限(&amp;N)：</translation>
    </message>
    <message>
        <source>Add Gazetteer</source>
        <translation>添加实体词典</translation>
    </message>
    <message>
        <source>Gazetteers (*.json)</source>
        <translation>实体词典 (*.json)</translation>
    </message>
</context>
<context>
    <name>Kairos::QueryLineEdit</name>
    <message>
        <source>Event filter</source>
        <translation>事件筛选</translation>
    </message>
    <message>
        <source>Words to find, or fields such as type:approval, entity:&quot;Xi Jinping&quot;, status:confirmed, after:2025-12-01, before:2026, on:2025-12-08</source>
        <translation>要查找的词语，或 type:approval、entity:&quot;Xi Jinping&quot;、status:confirmed、after:2025-12-01、before:2026、on:2025-12-08 等字段</translation>
    </message>
    <message>
        <source>Filter events: words, type:, entity:, status:, after:, before:, on:</source>
        <translation>筛选事件：词语、type:、entity:、status:、after:、before:、on:</translation>
    </message>
    <message>
        <source>Query completions</source>
        <translation>查询补全</translation>
    </message>
</context>
<context>
    <name>Kairos::SafeTextBrowser</name>
    <message>
        <source>Formatted article</source>
        <translation>排版后的文章</translation>
    </message>
</context>
<context>
    <name>Kairos::TimeTicks</name>
    <message>
        <source>%1 BCE</source>
        <translation>公元前 %1 年</translation>
    </message>
</context>
<context>
    <name>Kairos::TimelineExporter</name>
    <message>
        <source>no file name given</source>
        <translation>未指定文件名</translation>
    </message>
    <message>
        <source>the start of the period must come before its end</source>
        <translation>时间段的开始必须早于其结束</translation>
    </message>
    <message>
        <source>Cannot export the timeline to %1: %2</source>
        <translation>无法将时间线导出到 %1：%2</translation>
    </message>
</context>
<context>
    <name>Kairos::TimelineIndex</name>
    <message numerus="yes">
        <source>Others (%n lanes)</source>
        <translation>
            <numerusform>其他（%n 条泳道）</numerusform>
        </translation>
    </message>
    <message>
        <source>No outlet</source>
        <translation>无媒体</translation>
    </message>
    <message>
        <source>No entity</source>
        <translation>无实体</translation>
    </message>
</context>
<context>
    <name>Kairos::TimelineJsWriter</name>
    <message>
        <source>about %1</source>
        <translation>约 %1</translation>
    </message>
    <message>
        <source>according to %1</source>
        <translation>据 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) from %1 to %2.</source>
        <translation>
            <numerusform>%1 至 %2 期间的 %n 个事件。</numerusform>
        </translation>
    </message>
    <message>
        <source>No dated events.</source>
        <translation>没有有日期的事件。</translation>
    </message>
    <message>
        <source>Exported from Kairos on %1.</source>
        <translation>于 %1 从 Kairos 导出。</translation>
    </message>
</context>
<context>
    <name>Kairos::TimelinePanel</name>
    <message>
        <source>Lanes by type</source>
        <translation>按类型分泳道</translation>
    </message>
    <message>
        <source>Lanes by entity</source>
        <translation>按实体分泳道</translation>
    </message>
    <message>
        <source>Lanes by outlet</source>
        <translation>按媒体分泳道</translation>
    </message>
</context>
<context>
    <name>Kairos::ZoomHistory</name>
    <message>
        <source>Back</source>
        <translation>后退</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>前进</translation>
    </message>
    <message>
        <source>Fit All</source>
        <translation>全部显示</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Back to the previous time window</source>
        <translation>返回上一个时间窗口</translation>
    </message>
    <message>
        <source>Forward to the next time window</source>
        <translation>前进到下一个时间窗口</translation>
    </message>
    <message>
        <source>Show all events</source>
        <translation>显示所有事件</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Proposed</source>
        <translation>待审</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>已发生</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>已宣布</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>预期</translation>
    </message>
    <message>
        <source>Under consideration</source>
        <translation>审议中</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>据称</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>已否认</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>已生效</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>Governments and agencies</source>
        <translation>政府和机构</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Media outlets</source>
        <translation>媒体</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>The database holds tables, but not those of a Kairos workspace.</source>
        <translation>该数据库包含数据表，但不是 Kairos 工作区的数据表。</translation>
    </message>
    <message>
        <source>The file is an SQLite database of another application.</source>
        <translation>该文件是其他应用程序的 SQLite 数据库。</translation>
    </message>
    <message>
        <source>The workspace has no schema version.</source>
        <translation>工作区没有架构版本。</translation>
    </message>
    <message>
        <source>“%1” was changed or deleted by someone else since you opened it; reload to see their version.</source>
        <translation>自您打开以来，“%1”已被他人更改或删除；请重新加载以查看对方的版本。</translation>
    </message>
    <message>
        <source>Nothing to merge.</source>
        <translation>没有可合并的内容。</translation>
    </message>
    <message>
        <source>The event “%1” was changed or deleted by someone else since you opened it. Your edit was not saved; reload to see their version.</source>
        <translation>自您打开以来，事件“%1”已被他人更改或删除。您的编辑未保存；请重新加载以查看对方的版本。</translation>
    </message>
    <message>
        <source>The workspace “%1” does not exist.</source>
        <translation>工作区“%1”不存在。</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation>文件夹“%1”不存在。</translation>
    </message>
    <message>
        <source>The folder “%1” is not writable.</source>
        <translation>文件夹“%1”不可写。</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a workspace file.</source>
        <translation>“%1”是文件夹，不是工作区文件。</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>“%1” is not a Kairos workspace (not an SQLite database).</source>
        <translation>“%1”不是 Kairos 工作区（不是 SQLite 数据库）。</translation>
    </message>
    <message>
        <source>“%1” is truncated: its database header is incomplete.</source>
        <translation>“%1”已被截断：其数据库文件头不完整。</translation>
    </message>
    <message>
        <source>The workspace “%1” is read-only.</source>
        <translation>工作区“%1”为只读。</translation>
    </message>
    <message>
        <source>The disk that holds “%1” is full: free some space, then try again.</source>
        <translation>存放“%1”的磁盘已满：请释放一些空间，然后重试。</translation>
    </message>
    <message>
        <source>Another program is writing to “%1” and did not finish in time: try again in a moment.</source>
        <translation>另一个程序正在写入“%1”，且未能及时完成：请稍后重试。</translation>
    </message>
    <message>
        <source>No workspace was given.</source>
        <translation>未指定工作区。</translation>
    </message>
    <message>
        <source>The Qt SQL driver for %1 is not installed.</source>
        <translation>未安装 %1 的 Qt SQL 驱动。</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>无法打开“%1”：%2</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”：%2</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of Kairos (workspace format %2; this version reads up to %3). It was left unchanged.</source>
        <translation>“%1”由较新版本的 Kairos 写入（工作区格式 %2；此版本最高只能读取格式 %3）。未作任何更改。</translation>
    </message>
    <message>
        <source>“%1” needs an upgrade of its format, which a read-only open cannot do.</source>
        <translation>“%1”的格式需要升级，但以只读方式打开时无法升级。</translation>
    </message>
    <message>
        <source>Cannot set up “%1”: %2</source>
        <translation>无法初始化“%1”：%2</translation>
    </message>
    <message>
        <source>“%1” cannot be used as a workspace: %2</source>
        <translation>“%1”不能用作工作区：%2</translation>
    </message>
    <message>
        <source>The PostgreSQL server %1 does not offer an encrypted (TLS) connection, but the workspace asks for one (sslmode=%2). Ask the server&apos;s administrator to turn on TLS, or add ?sslmode=prefer to the URL for a server on a network you trust.</source>
        <translation>PostgreSQL 服务器 %1 不提供加密（TLS）连接，但该工作区要求加密连接（sslmode=%2）。请让服务器管理员启用 TLS；如果服务器位于您信任的网络中，也可以在 URL 中添加 ?sslmode=prefer。</translation>
    </message>
    <message>
        <source>The encrypted (TLS) connection to the PostgreSQL server %1 failed (sslmode=%2): %3</source>
        <translation>与 PostgreSQL 服务器 %1 的加密（TLS）连接失败（sslmode=%2）：%3</translation>
    </message>
    <message>
        <source>The PostgreSQL server %1 refused the password of the user “%2”. Check the password in the URL, in PGPASSWORD or in the password file (PGPASSFILE or ~/.pgpass).</source>
        <translation>PostgreSQL 服务器 %1 拒绝了用户“%2”的密码。请检查 URL、PGPASSWORD 或密码文件（PGPASSFILE 或 ~/.pgpass）中的密码。</translation>
    </message>
    <message>
        <source>The PostgreSQL server %1 asks for a password, and none was found. Give it in PGPASSWORD or in a password file that only you can read (PGPASSFILE or ~/.pgpass).</source>
        <translation>PostgreSQL 服务器 %1 要求输入密码，但未找到密码。请在 PGPASSWORD 中或在只有您可读的密码文件（PGPASSFILE 或 ~/.pgpass）中提供密码。</translation>
    </message>
    <message>
        <source>The connection to the PostgreSQL server %1 was lost (%2).</source>
        <translation>与 PostgreSQL 服务器 %1 的连接已中断（%2）。</translation>
    </message>
    <message>
        <source>The connection to the PostgreSQL server %1 was lost (%2). Kairos has connected again, but the change in progress may not have been saved.</source>
        <translation>与 PostgreSQL 服务器 %1 的连接已中断（%2）。Kairos 已重新连接，但正在进行的更改可能未保存。</translation>
    </message>
    <message>
        <source>The connection to the PostgreSQL server %1 was lost (%2), and it could not be restored: %3</source>
        <translation>与 PostgreSQL 服务器 %1 的连接已中断（%2），且无法恢复：%3</translation>
    </message>
    <message>
        <source>The entity “%1” could not be added.</source>
        <translation>无法添加实体“%1”。</translation>
    </message>
    <message>
        <source>“%1” would be on a network drive (%2), where SQLite cannot keep two computers from writing a workspace at once and damaging it. Choose a folder on a local disk, or share the work as a team workspace on PostgreSQL.</source>
        <translation>“%1”将位于网络驱动器（%2）上。在那里 SQLite 无法阻止两台计算机同时写入工作区而将其损坏。请选择本地磁盘上的文件夹，或将工作作为 PostgreSQL 上的团队工作区共享。</translation>
    </message>
    <message>
        <source>“%1” is on a network drive (%2), where SQLite cannot keep two computers from writing the workspace at once and damaging it. Open it read-only, copy it to a local disk, or share it as a team workspace on PostgreSQL.</source>
        <translation>“%1”位于网络驱动器（%2）上。在那里 SQLite 无法阻止两台计算机同时写入工作区而将其损坏。请以只读方式打开、复制到本地磁盘，或将其作为 PostgreSQL 上的团队工作区共享。</translation>
    </message>
    <message>
        <source>Your PostgreSQL role may not make this change in “%1”; ask the workspace&apos;s owner for editor access.</source>
        <translation>您的 PostgreSQL 角色无权在“%1”中进行此更改；请向工作区所有者申请编辑权限。</translation>
    </message>
    <message>
        <source>Only team workspaces on PostgreSQL have roles; “%1” is a file.</source>
        <translation>只有 PostgreSQL 上的团队工作区才有角色；“%1”是一个文件。</translation>
    </message>
    <message>
        <source>There is no PostgreSQL role “%1” on the server of “%2”: create it first (CREATE ROLE … LOGIN).</source>
        <translation>“%2”所在的服务器上没有 PostgreSQL 角色“%1”：请先创建它（CREATE ROLE … LOGIN）。</translation>
    </message>
    <message>
        <source>“%1” is damaged and was not opened (SQLite&apos;s check of its pages found: %2). Open a backup copy, or recover what is readable with the sqlite3 tool&apos;s .recover command.</source>
        <translation>“%1”已损坏，未打开（SQLite 检查其页面时发现：%2）。请打开备份副本，或用 sqlite3 工具的 .recover 命令恢复可读取的内容。</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>无应答</translation>
    </message>
</context>
<context>
    <name>WorkspaceLocation</name>
    <message>
        <source>“%1” is not a valid PostgreSQL URL (expected postgresql://user@host:port/database).</source>
        <translation>“%1”不是有效的 PostgreSQL URL（应为 postgresql://user@host:port/database）。</translation>
    </message>
    <message>
        <source>The option “%1” of the PostgreSQL URL cannot contain a semicolon.</source>
        <translation>PostgreSQL URL 的选项“%1”不能包含分号。</translation>
    </message>
</context>
<context>
    <name>WorkspaceLock</name>
    <message>
        <source>another Kairos window (process %1 on %2)</source>
        <translation>另一个 Kairos 窗口（%2 上的进程 %1）</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>本机</translation>
    </message>
</context>
<context>
    <name>kairos-cli</name>
    <message>
        <source>Usage: kairos-cli [--version] [--help] COMMAND [ARGS]

Policy-event timelines from article bundles, without a display.

Commands:
</source>
        <translation>用法：kairos-cli [--version] [--help] COMMAND [ARGS]

从文章包生成政策事件时间线，无需图形界面。

命令：
</translation>
    </message>
    <message>
        <source>
Run kairos-cli COMMAND --help for the options of a command.
</source>
        <translation>
运行 kairos-cli COMMAND --help 可查看某个命令的选项。
</translation>
    </message>
    <message>
        <source>kairos-cli: unknown command “%1”. Run kairos-cli --help for the list.
</source>
        <translation>kairos-cli: 未知命令“%1”。运行 kairos-cli --help 可查看命令列表。
</translation>
    </message>
    <message>
        <source>kairos-cli export-chart: --%1 must be a whole number from %2 to %3, not “%4”
</source>
        <translation>kairos-cli export-chart: --%1 必须是 %2 到 %3 之间的整数，而不是“%4”
</translation>
    </message>
    <message>
        <source>kairos-cli export-chart: --%1 “%2” is not a date; write e.g. 2025, 2025-03 or 2025-03-14
</source>
        <translation>kairos-cli export-chart: --%1 “%2”不是日期；请写成 2025、2025-03 或 2025-03-14 这样的形式
</translation>
    </message>
    <message>
        <source>kairos-cli export-chart: expected WORKSPACE and OUT (or --demo and OUT)
</source>
        <translation>kairos-cli export-chart: 需要 WORKSPACE 和 OUT（或 --demo 和 OUT）
</translation>
    </message>
    <message>
        <source>kairos-cli export-chart: cannot tell the format of %1: use a .png, .svg or .pdf name
</source>
        <translation>kairos-cli export-chart: 无法判断 %1 的格式：请使用以 .png、.svg 或 .pdf 结尾的文件名
</translation>
    </message>
    <message>
        <source>kairos-cli export-chart: --from must come before --to
</source>
        <translation>kairos-cli export-chart: --from 必须早于 --to
</translation>
    </message>
    <message>
        <source>kairos-cli export-chart: --lanes must be type, entity or outlet, not “%1”
</source>
        <translation>kairos-cli export-chart: --lanes 必须是 type、entity 或 outlet，而不是“%1”
</translation>
    </message>
    <message>
        <source>Kairos demo: US export permits for Nvidia H200 chips to China</source>
        <translation>Kairos 演示：美国对华出口 Nvidia H200 芯片的许可</translation>
    </message>
    <message>
        <source>Wrote %1 (%2×%3 px at %4 dpi, %5 dated events)
</source>
        <translation>已写入 %1（%2×%3 像素，%4 dpi，%5 个有日期的事件）
</translation>
    </message>
    <message>
        <source>Render the timeline chart with its legend and numbered sources to PNG, SVG or PDF (by suffix).</source>
        <translation>将时间线图表连同图例和编号的来源渲染为 PNG、SVG 或 PDF（由文件后缀决定）。</translation>
    </message>
    <message>
        <source>The workspace (omit with --demo).</source>
        <translation>工作区（使用 --demo 时省略）。</translation>
    </message>
    <message>
        <source>The file to write: .png, .svg or .pdf.</source>
        <translation>要写入的文件：.png、.svg 或 .pdf。</translation>
    </message>
    <message>
        <source>Chart the built-in demo workspace.</source>
        <translation>绘制内置演示工作区的图表。</translation>
    </message>
    <message>
        <source>Width in pixels (default 1600).</source>
        <translation>宽度，单位为像素（默认 1600）。</translation>
    </message>
    <message>
        <source>Height in pixels (default 900).</source>
        <translation>高度，单位为像素（默认 900）。</translation>
    </message>
    <message>
        <source>Resolution; sets the page size of SVG and PDF (default 96).</source>
        <translation>分辨率；决定 SVG 和 PDF 的页面尺寸（默认 96）。</translation>
    </message>
    <message>
        <source>Start of the time window (ISO date, e.g. 2025-03).</source>
        <translation>时间窗口的起点（ISO 日期，例如 2025-03）。</translation>
    </message>
    <message>
        <source>End of the time window, inclusive (ISO date).</source>
        <translation>时间窗口的终点，包含在内（ISO 日期）。</translation>
    </message>
    <message>
        <source>Group lanes by type (default), entity or outlet.</source>
        <translation>按 type（事件类型，默认）、entity（实体）或 outlet（媒体）对泳道分组。</translation>
    </message>
    <message>
        <source>Title printed above the chart.</source>
        <translation>显示在图表上方的标题。</translation>
    </message>
    <message>
        <source>kairos-cli export: --%1 “%2” is not a date (use 2025-12-08, 2025-12 or 2025)
</source>
        <translation>kairos-cli export: --%1 “%2”不是日期（请使用 2025-12-08、2025-12 或 2025 的形式）
</translation>
    </message>
    <message>
        <source>kairos-cli export: expected WORKSPACE and OUT
</source>
        <translation>kairos-cli export: 需要 WORKSPACE 和 OUT
</translation>
    </message>
    <message>
        <source>kairos-cli export: --format must be one of %1, not “%2”
</source>
        <translation>kairos-cli export: --format 必须是 %1 之一，而不是“%2”
</translation>
    </message>
    <message>
        <source>kairos-cli export: cannot tell the format of %1: give --format, or name it .timelinejs.json, .vis.json, .json, .csv, .ics, .zip or as a folder
</source>
        <translation>kairos-cli export: 无法判断 %1 的格式：请指定 --format，或使用以 .timelinejs.json、.vis.json、.json、.csv、.ics、.zip 结尾的名称，或指定一个文件夹
</translation>
    </message>
    <message>
        <source>kairos-cli export: --from must come before --to
</source>
        <translation>kairos-cli export: --from 必须早于 --to
</translation>
    </message>
    <message>
        <source>kairos-cli export: --status must be proposed, confirmed or rejected, not “%1”
</source>
        <translation>kairos-cli export: --status 必须是 proposed、confirmed 或 rejected，而不是“%1”
</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%2, %n event(s))</source>
        <translation>
            <numerusform>已写入 %1（%2，%n 个事件）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n article(s)</source>
        <translation>
            <numerusform>，%n 篇文章</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n entity(s)</source>
        <translation>
            <numerusform>，%n 个实体</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Placed %n event(s) known only by a bound (“no later than …”) at that bound.
</source>
        <translation>
            <numerusform>已将 %n 个仅知边界（“不晚于……”）的事件放在该边界上。
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n event(s) without a date: the format needs one.
</source>
        <translation>
            <numerusform>已跳过 %n 个无日期的事件：该格式需要日期。
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n event(s) dated outside the years 1 to 9999.
</source>
        <translation>
            <numerusform>已跳过 %n 个日期在 1 至 9999 年之外的事件。
</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the events as TimelineJS 3 or vis-timeline JSON, CSV, Kairos JSON, iCalendar or a Kairos bundle (.zip or folder); the format follows OUT&apos;s name unless --format is given.</source>
        <translation>将事件导出为 TimelineJS 3 或 vis-timeline JSON、CSV、Kairos JSON、iCalendar 或 Kairos 文章包（.zip 或文件夹）；未指定 --format 时，格式由 OUT 的名称决定。</translation>
    </message>
    <message>
        <source>The workspace to read.</source>
        <translation>要读取的工作区。</translation>
    </message>
    <message>
        <source>The file to write (x.timelinejs.json, x.vis.json, x.json, x.csv, x.ics, x.zip) or a new folder for a bundle.</source>
        <translation>要写入的文件（x.timelinejs.json、x.vis.json、x.json、x.csv、x.ics、x.zip），或用于文章包的新文件夹。</translation>
    </message>
    <message>
        <source>timelinejs, vis, csv, json, ics or bundle.</source>
        <translation>timelinejs、vis、csv、json、ics 或 bundle。</translation>
    </message>
    <message>
        <source>Only events on or after DATE.</source>
        <translation>仅限 DATE 当天或之后的事件。</translation>
    </message>
    <message>
        <source>Only events before DATE.</source>
        <translation>仅限 DATE 之前的事件。</translation>
    </message>
    <message>
        <source>Only proposed, confirmed or rejected events.</source>
        <translation>仅限状态为 proposed（待审）、confirmed（已确认）或 rejected（已拒绝）的事件。</translation>
    </message>
    <message>
        <source>The timeline&apos;s title (TimelineJS title slide, calendar name, bundle title); default: the workspace&apos;s name.</source>
        <translation>时间线的标题（TimelineJS 标题页、日历名称、文章包标题）；默认为工作区名称。</translation>
    </message>
    <message>
        <source>kairos-cli import: expected a WORKSPACE and at least one PATH
</source>
        <translation>kairos-cli import: 需要一个 WORKSPACE 和至少一个 PATH
</translation>
    </message>
    <message>
        <source>kairos-cli import: extraction is off: %1
</source>
        <translation>kairos-cli import: 提取功能已关闭：%1
</translation>
    </message>
    <message>
        <source>Import article bundles (folders, archives, files) into a workspace, creating it if needed. Exit status 0: all imported; 3: some files rejected; 1: nothing could be done.</source>
        <translation>将文章包（文件夹、归档、文件）导入工作区，必要时创建该工作区。退出状态 0：全部导入；3：部分文件被拒绝；1：未能执行任何操作。</translation>
    </message>
    <message>
        <source>The workspace to import into.</source>
        <translation>要导入到的工作区。</translation>
    </message>
    <message>
        <source>Bundles: folders, archives or single files.</source>
        <translation>文章包：文件夹、归档或单个文件。</translation>
    </message>
    <message>
        <source>Print the import report as one JSON object.</source>
        <translation>将导入报告输出为一个 JSON 对象。</translation>
    </message>
    <message>
        <source>Store articles without proposing events and entities.</source>
        <translation>只保存文章，不提议事件和实体。</translation>
    </message>
    <message>
        <source>Also print notes such as skipped duplicates.</source>
        <translation>同时输出提示信息，例如跳过的重复项。</translation>
    </message>
    <message>
        <source>Read numeric dates such as 03/04/2025 day first.</source>
        <translation>将 03/04/2025 这类数字日期按日在前解读。</translation>
    </message>
    <message>
        <source>Also recognise the entities in FILE (JSON; may be repeated).</source>
        <translation>同时识别 FILE 中的实体（JSON；可多次指定）。</translation>
    </message>
    <message>
        <source>kairos-cli %1: expected exactly one WORKSPACE argument
</source>
        <translation>kairos-cli %1: 需要恰好一个 WORKSPACE 参数
</translation>
    </message>
    <message>
        <source>kairos-cli events: --%1 “%2” is not a date (use 2025-12-08, 2025-12 or 2025)
</source>
        <translation>kairos-cli events: --%1 “%2”不是日期（请使用 2025-12-08、2025-12 或 2025 的形式）
</translation>
    </message>
    <message>
        <source>kairos-cli events: --status must be proposed, confirmed or rejected
</source>
        <translation>kairos-cli events: --status 必须是 proposed、confirmed 或 rejected
</translation>
    </message>
    <message>
        <source>Print the events as a JSON array, with their dates, entities, status, sources and evidence.</source>
        <translation>将事件输出为 JSON 数组，包括日期、实体、状态、来源和证据。</translation>
    </message>
    <message>
        <source>Print JSON (indented).</source>
        <translation>输出 JSON（带缩进）。</translation>
    </message>
    <message>
        <source>Only events involving the entity NAME (or an alias).</source>
        <translation>仅限涉及实体 NAME（或其别名）的事件。</translation>
    </message>
    <message>
        <source>Only events of TYPE (approval, meeting, …).</source>
        <translation>仅限类型为 TYPE 的事件（approval、meeting、…）。</translation>
    </message>
    <message>
        <source>Print the entities with their type, aliases and numbers of mentions and events as JSON.</source>
        <translation>以 JSON 格式输出实体及其类型、别名、提及次数和事件数。</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>输出 JSON。</translation>
    </message>
    <message>
        <source>kairos-cli init: expected exactly one WORKSPACE argument
</source>
        <translation>kairos-cli init: 需要恰好一个 WORKSPACE 参数
</translation>
    </message>
    <message>
        <source>Workspace ready: %1
</source>
        <translation>工作区已就绪：%1
</translation>
    </message>
    <message>
        <source>kairos-cli stats: expected exactly one WORKSPACE argument
</source>
        <translation>kairos-cli stats: 需要恰好一个 WORKSPACE 参数
</translation>
    </message>
    <message>
        <source>Articles: %1
Events: %2
Entities: %3
Mentions: %4
</source>
        <translation>文章：%1
事件：%2
实体：%3
提及：%4
</translation>
    </message>
    <message>
        <source>Create an empty workspace (a .kairos file or a postgresql:// URL).</source>
        <translation>创建一个空工作区（.kairos 文件或 postgresql:// URL）。</translation>
    </message>
    <message>
        <source>The workspace to create.</source>
        <translation>要创建的工作区。</translation>
    </message>
    <message>
        <source>Print the numbers of articles, events, entities and mentions.</source>
        <translation>输出文章、事件、实体和提及的数量。</translation>
    </message>
    <message>
        <source>The workspace to count.</source>
        <translation>要统计的工作区。</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>输出一个 JSON 对象。</translation>
    </message>
    <message>
        <source>kairos-cli grant: expected a team WORKSPACE URL and a ROLE
</source>
        <translation>kairos-cli grant：需要一个团队工作区 URL（WORKSPACE）和一个角色（ROLE）
</translation>
    </message>
    <message>
        <source>%1 may now read %2.
</source>
        <translation>%1 现在可以读取 %2。
</translation>
    </message>
    <message>
        <source>%1 may now read and edit %2.
</source>
        <translation>%1 现在可以读取和编辑 %2。
</translation>
    </message>
    <message>
        <source>Let an existing PostgreSQL role edit (or only read) a team workspace, without the right to change its tables. Run it as the workspace&apos;s owner.</source>
        <translation>允许现有的 PostgreSQL 角色编辑（或仅读取）团队工作区，但无权更改其表。请以工作区所有者身份运行。</translation>
    </message>
    <message>
        <source>The team workspace (a postgresql:// URL).</source>
        <translation>团队工作区（postgresql:// URL）。</translation>
    </message>
    <message>
        <source>The team member&apos;s role.</source>
        <translation>团队成员的角色。</translation>
    </message>
    <message>
        <source>Reading only: no edits, no imports.</source>
        <translation>仅读取：不能编辑，不能导入。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Policy-event timelines from article bundles.</source>
        <translation>从文章包生成政策事件时间线。</translation>
    </message>
    <message>
        <source>Open the embedded demo workspace.</source>
        <translation>打开内置的演示工作区。</translation>
    </message>
    <message>
        <source>Use the language CODE (e.g. de, zh_CN, ko).</source>
        <translation>使用语言 CODE（例如 de、zh_CN、ko）。</translation>
    </message>
    <message>
        <source>Open WORKSPACE (a .kairos file or a postgresql:// URL).</source>
        <translation>打开 WORKSPACE（.kairos 文件或 postgresql:// URL）。</translation>
    </message>
    <message>
        <source>A .kairos workspace to open, or article bundles to import.</source>
        <translation>要打开的 .kairos 工作区，或要导入的文章包。</translation>
    </message>
</context>
</TS>
