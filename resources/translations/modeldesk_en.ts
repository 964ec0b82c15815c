<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>PlanText</name>
    <message numerus="yes">
        <source>Ollama recognises the chat template as its “%1” template, the closest of its own: %n character(s) differ.</source>
        <translation>
            <numerusform>Ollama recognises the chat template as its “%1” template, the closest of its own: %n character differs.</numerusform>
            <numerusform>Ollama recognises the chat template as its “%1” template, the closest of its own: %n characters differ.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::ui::EnvironmentPage</name>
    <message numerus="yes">
        <source>%1 in %n file(s)</source>
        <translation>
            <numerusform>%1 in %n file</numerusform>
            <numerusform>%1 in %n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::ui::MergeOutputStep</name>
    <message numerus="yes">
        <source>This folder holds %n temp file(s) left by an interrupted merge: %1</source>
        <translation>
            <numerusform>This folder holds %n temp file left by an interrupted merge: %1</numerusform>
            <numerusform>This folder holds %n temp files left by an interrupted merge: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::ui::MergePage</name>
    <message numerus="yes">
        <source>Removed %n temporary file(s) an interrupted merge had left here (%1).</source>
        <translation>
            <numerusform>Removed %n temporary file an interrupted merge had left here (%1).</numerusform>
            <numerusform>Removed %n temporary files an interrupted merge had left here (%1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::ui::StoreBrowser</name>
    <message numerus="yes">
        <source>Ollama is not running, so %1 was removed from the store on disk (%2 freed), but %n file(s) could not be deleted: %3</source>
        <translation>
            <numerusform>Ollama is not running, so %1 was removed from the store on disk (%2 freed), but %n file could not be deleted: %3</numerusform>
            <numerusform>Ollama is not running, so %1 was removed from the store on disk (%2 freed), but %n files could not be deleted: %3</numerusform>
        </translation>
    </message>
</context>
</TS>
