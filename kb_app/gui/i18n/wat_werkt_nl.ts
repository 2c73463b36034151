<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="nl_NL">
<context>
    <name>FacetModel</name>
    <message numerus="yes">
        <location filename="../models.py" line="206"/>
        <source>(%n gekozen)</source>
        <translation>
            <numerusform>(%n gekozen)</numerusform>
            <numerusform>(%n gekozen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FiguresImportDialog</name>
    <message numerus="yes">
        <location filename="../figures_import.py" line="98"/>
        <source>%n rij(en) gevonden. Controleer bij elke rij de indicator en kies Importeren.</source>
        <translation>
            <numerusform>%n rij gevonden. Controleer de indicator en kies Importeren.</numerusform>
            <numerusform>%n rijen gevonden. Controleer bij elke rij de indicator en kies Importeren.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../main_window.py" line="251"/>
        <source>‘%1’ toegevoegd aan de vergelijking (%n van 4)</source>
        <translation>
            <numerusform>‘%1’ toegevoegd aan de vergelijking (%n van 4)</numerusform>
            <numerusform>‘%1’ toegevoegd aan de vergelijking (%n van 4)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message numerus="yes">
        <location filename="../search_view.py" line="185"/>
        <source>%n interventie(s)</source>
        <translation>
            <numerusform>%n interventie</numerusform>
            <numerusform>%n interventies</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StartView</name>
    <message numerus="yes">
        <location filename="../start_view.py" line="82"/>
        <source>%n interventie(s) en %1 wat-werkt-pagina’s, allemaal offline. Begin met een thema, een voorwaarde of een zoekvraag.</source>
        <translation>
            <numerusform>%n interventie en %1 wat-werkt-pagina’s, allemaal offline. Begin met een thema, een voorwaarde of een zoekvraag.</numerusform>
            <numerusform>%n interventies en %1 wat-werkt-pagina’s, allemaal offline. Begin met een thema, een voorwaarde of een zoekvraag.</numerusform>
        </translation>
    </message>
</context>
</TS>
