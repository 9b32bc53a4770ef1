<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>glossator::CommentDelegate</name>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation><numerusform>%n point</numerusform><numerusform>%n points</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n hidden reply/replies</source>
        <translation><numerusform>%n hidden reply</numerusform><numerusform>%n hidden replies</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n reply/replies</source>
        <translation><numerusform>%n reply</numerusform><numerusform>%n replies</numerusform></translation>
    </message>
</context>
<context>
    <name>glossator::CommentTreeModel</name>
    <message numerus="yes">
        <source>(%n reply/replies)</source>
        <translation><numerusform>(%n reply)</numerusform><numerusform>(%n replies)</numerusform></translation>
    </message>
</context>
<context>
    <name>glossator::DocumentListModel</name>
    <message numerus="yes">
        <source>%1: %n comment(s)</source>
        <translation><numerusform>%1: %n comment</numerusform><numerusform>%1: %n comments</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation><numerusform>%n annotation</numerusform><numerusform>%n annotations</numerusform></translation>
    </message>
</context>
<context>
    <name>glossator::MainWindow</name>
    <message numerus="yes">
        <source>%n comment(s)</source>
        <translation><numerusform>%n comment</numerusform><numerusform>%n comments</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n import notice(s)</source>
        <translation><numerusform>%n import notice</numerusform><numerusform>%n import notices</numerusform></translation>
    </message>
</context>
<context>
    <name>glossator::PageCopyImporter</name>
    <message numerus="yes">
        <source>%n line(s) of site chrome (such as "Login to comment") left out.</source>
        <translation><numerusform>%n line of site chrome (such as "Login to comment") left out.</numerusform><numerusform>%n lines of site chrome (such as "Login to comment") left out.</numerusform></translation>
    </message>
</context>
<context>
    <name>glossator::cli</name>
    <message numerus="yes">
        <source>%1: format %2, %n paragraph(s), </source>
        <translation><numerusform>%1: format %2, %n paragraph, </numerusform><numerusform>%1: format %2, %n paragraphs, </numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s)</source>
        <translation><numerusform>%n comment</numerusform><numerusform>%n comments</numerusform></translation>
    </message>
</context>
</TS>