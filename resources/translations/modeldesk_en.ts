<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>md::ui::MergeOutputStep</name>
    <message numerus="yes">
        <source>This folder holds %n temp file(s) left by an interrupted merge: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
