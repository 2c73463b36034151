<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name>About</name>
    <message>
        <location filename="../work/main/kb_app/gui/dialogs.py" line="94"/>
        <source>Een offline kennisbank van sociale interventies die werken.</source>
        <translation>An offline knowledge base of social interventions that work.</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/dialogs.py" line="95"/>
        <source>Programmaversie: %1</source>
        <translation>Program version: %1</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/dialogs.py" line="97"/>
        <source>Bibliotheekversie: %1, gebouwd %2</source>
        <translation>Library version: %1, built %2</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/dialogs.py" line="101"/>
        <source>Aantal interventies: %1</source>
        <translation>Number of interventions: %1</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/dialogs.py" line="102"/>
        <source>Het programma maakt nooit verbinding met internet. Links naar bronnen openen pas in uw browser als u erop klikt.</source>
        <translation>The program never connects to the internet. Links to sources open in your browser only when you click them.</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/dialogs.py" line="107"/>
        <source>De inhoud van de bibliotheek is in het Nederlands.</source>
        <translation>The library’s content is in Dutch.</translation>
    </message>
</context>
<context>
    <name>ActionsTable</name>
    <message>
        <location filename="../work/main/kb_app/gui/plan_items.py" line="191"/>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/plan_items.py" line="191"/>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/plan_items.py" line="191"/>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/plan_items.py" line="202"/>
        <source>Acties: wat, wie, wanneer</source>
        <translation>Actions: what, who, when</translation>
    </message>
</context>
<context>
    <name>ChartWidget</name>
    <message>
        <location filename="../work/main/kb_app/gui/local_view.py" line="74"/>
        <source>Grafiek: %1, lokaal tegenover %2</source>
        <translation>Chart: %1, local against %2</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/local_view.py" line="91"/>
        <source>slechter</source>
        <translation>worse</translation>
    </message>
</context>
<context>
    <name>ChipBar</name>
    <message>
        <location filename="../work/main/kb_app/gui/chips.py" line="38"/>
        <source>Filter verwijderen: %s</source>
        <translation>Remove filter: %s</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/chips.py" line="39"/>
        <source>Filter %s verwijderen</source>
        <translation>Remove filter %s</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../work/main/kb_app/gui/dialogs.py" line="41"/>
        <source>Interventies vergelijken</source>
        <translation>Compare interventions</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/dialogs.py" line="46"/>
        <source>Vergelijking</source>
        <translation>Comparison</translation>
    </message>
</context>
<context>
    <name>CoverageView</name>
    <message>
        <location filename="../work/main/kb_app/gui/plan_coverage.py" line="59"/>
        <source>Dekking: voorwaarden en niveaus</source>
        <translation>Coverage: conditions and levels</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/plan_coverage.py" line="66"/>
        <source>Doelgroepen, bewijs en waarschuwingen</source>
        <translation>Target groups, evidence and warnings</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/plan_coverage.py" line="68"/>
        <source>Kies een vak in de tabel om passende interventies te zien.</source>
        <translation>Choose a cell in the table to see fitting interventions.</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/plan_coverage.py" line="72"/>
        <source>Suggesties</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/plan_coverage.py" line="73"/>
        <source>&amp;Toevoegen aan plan</source>
        <translation>&amp;Add to plan</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/plan_coverage.py" line="151"/>
        <source>%1 (overwogen)</source>
        <translation>%1 (considered)</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/plan_coverage.py" line="152"/>
        <source>— leeg —</source>
        <translation>— empty —</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/plan_coverage.py" line="153"/>
        <source>Nog niets gekozen voor deze combinatie.</source>
        <translation>Nothing chosen yet for this combination.</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/plan_coverage.py" line="156"/>
        <source>Alleen gekozen onderdelen tellen mee in de dekking. Zet een overwogen onderdeel op &apos;Gekozen&apos; bij Onderdelen.</source>
        <translation>Only chosen items count towards coverage. Set a considered item to &apos;Chosen&apos; under Items.</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/plan_coverage.py" line="167"/>
        <source>Waarschuwingen</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/plan_coverage.py" line="168"/>
        <source>Bewijsprofiel van de gekozen onderdelen</source>
        <translation>Evidence profile of the chosen items</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/plan_coverage.py" line="169"/>
        <source>Bereikte doelgroepen</source>
        <translation>Target groups reached</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/plan_coverage.py" line="179"/>
        <source>Geen waarschuwingen.</source>
        <translation>No warnings.</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/plan_coverage.py" line="188"/>
        <source>Lokale activiteiten</source>
        <translation>Local activities</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/plan_coverage.py" line="209"/>
        <source>Interventies voor %1 × %2, sterkste bewijs eerst:</source>
        <translation>Interventions for %1 × %2, strongest evidence first:</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../work/main/kb_app/gui/detail_pane.py" line="63"/>
        <source>Terug (Alt+Links)</source>
        <translation>Back (Alt+Left)</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/detail_pane.py" line="64"/>
        <source>Vooruit (Alt+Rechts)</source>
        <translation>Forward (Alt+Right)</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/detail_pane.py" line="67"/>
        <location filename="../work/main/kb_app/gui/detail_pane.py" line="227"/>
        <source>☆ Favoriet</source>
        <translation>☆ Favourite</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/detail_pane.py" line="68"/>
        <source>Favoriet aan/uit (Ctrl+D)</source>
        <translation>Toggle favourite (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/detail_pane.py" line="72"/>
        <location filename="../work/main/kb_app/gui/detail_pane.py" line="81"/>
        <source>Toevoegen aan vergelijking</source>
        <translation>Add to comparison</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/detail_pane.py" line="73"/>
        <source>Toevoegen aan vergelijking (Ctrl+Shift+C)</source>
        <translation>Add to comparison (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/detail_pane.py" line="78"/>
        <source>Favoriet</source>
        <translation>Favourite</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/detail_pane.py" line="99"/>
        <source>Beschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/detail_pane.py" line="101"/>
        <source>Mijn &amp;notitie (alleen voor u, Markdown mag):</source>
        <translation>My &amp;note (private; Markdown allowed):</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/detail_pane.py" line="103"/>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/detail_pane.py" line="104"/>
        <source>Schrijf hier uw eigen aantekeningen…</source>
        <translation>Write your own notes here…</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/detail_pane.py" line="167"/>
        <source>&lt;h2&gt;Kies een interventie&lt;/h2&gt;&lt;p&gt;Zoek links op een probleem, doelgroep of naam en kies een resultaat.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Choose an intervention&lt;/h2&gt;&lt;p&gt;Search on the left for a problem, target group or name and choose a result.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/detail_pane.py" line="190"/>
        <source>&lt;h2&gt;%s&lt;/h2&gt;&lt;p&gt;Deze interventie staat niet meer in de bibliotheek. Uw favoriet en notitie blijven bewaard.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;%s&lt;/h2&gt;&lt;p&gt;This intervention is no longer in the library. Your favourite and note are kept.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/detail_pane.py" line="217"/>
        <source>Vergelijkbare interventies</source>
        <translation>Similar interventions</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/detail_pane.py" line="227"/>
        <source>★ Favoriet</source>
        <translation>★ Favourite</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/detail_pane.py" line="250"/>
        <source>Link openen</source>
        <translation>Open link</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/detail_pane.py" line="252"/>
        <source>Deze link opent in uw webbrowser (daarvoor is internet nodig):

%s

Openen?</source>
        <translation>This link opens in your web browser (this needs internet):

%s

Open it?</translation>
    </message>
</context>
<context>
    <name>ExplainPanel</name>
    <message>
        <location filename="../work/main/kb_app/gui/explain_view.py" line="33"/>
        <source>titel</source>
        <translation>title</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/explain_view.py" line="34"/>
        <source>andere namen</source>
        <translation>other names</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/explain_view.py" line="35"/>
        <source>samenvatting</source>
        <translation>summary</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/explain_view.py" line="36"/>
        <source>labels</source>
        <translation>labels</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/explain_view.py" line="37"/>
        <source>tag</source>
        <translation>tag</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/explain_view.py" line="38"/>
        <source>tekst</source>
        <translation>text</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/explain_view.py" line="39"/>
        <source>deel van een samengesteld woord</source>
        <translation>part of a compound word</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/explain_view.py" line="65"/>
        <location filename="../work/main/kb_app/gui/explain_view.py" line="188"/>
        <source>Waarom dit resultaat?</source>
        <translation>Why this result?</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/explain_view.py" line="69"/>
        <source>Uitleg bij de zoekvraag</source>
        <translation>Explanation of the search</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/explain_view.py" line="104"/>
        <source>Resultaten voor ‘%1’ —</source>
        <translation>Results for ‘%1’ —</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/explain_view.py" line="105"/>
        <source>zoek toch naar ‘%1’</source>
        <translation>search for ‘%1’ instead</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/explain_view.py" line="108"/>
        <source>Bedoelde u ‘%1’?</source>
        <translation>Did you mean ‘%1’?</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/explain_view.py" line="149"/>
        <source>Zo is uw vraag gelezen</source>
        <translation>How your search was read</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/explain_view.py" line="155"/>
        <source>Weggelaten (te algemeen of een vraagwoord): </source>
        <translation>Left out (too general, or a question word): </translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/explain_view.py" line="161"/>
        <source>stam</source>
        <translation>stem</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/explain_view.py" line="167"/>
        <source>verbeterd van ‘%1’</source>
        <translation>corrected from ‘%1’</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/explain_view.py" line="168"/>
        <source>Engels woord, gezocht als: %1</source>
        <translation>English word, searched as: %1</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/explain_view.py" line="171"/>
        <source>begrip uit de woordenlijst: %1</source>
        <translation>vocabulary concept: %1</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/explain_view.py" line="174"/>
        <source>ook gezocht: %1</source>
        <translation>also searched: %1</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/explain_view.py" line="175"/>
        <source>andere vormen: %1</source>
        <translation>other forms: %1</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/explain_view.py" line="176"/>
        <source>samengesteld woord, delen: %1</source>
        <translation>compound word, parts: %1</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/explain_view.py" line="177"/>
        <source>naam, getypt als: %1</source>
        <translation>name, typed as: %1</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/explain_view.py" line="178"/>
        <source>nog aan het typen: woorden die zo beginnen</source>
        <translation>still typing: words that start like this</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/explain_view.py" line="192"/>
        <source>Kies een resultaat om te zien waar het is gevonden.</source>
        <translation>Choose a result to see where it was found.</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/explain_view.py" line="198"/>
        <source>niet gevonden (dit resultaat mist dit woord)</source>
        <translation>not found (this result lacks this word)</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/explain_view.py" line="205"/>
        <source>Gevonden in ‘%1’</source>
        <translation>Found in ‘%1’</translation>
    </message>
</context>
<context>
    <name>FacetModel</name>
    <message>
        <location filename="../work/main/kb_app/gui/models.py" line="39"/>
        <source>Thema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/models.py" line="40"/>
        <source>Voorwaarde</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/models.py" line="41"/>
        <source>Niveau sociale basis</source>
        <translation>Level of the social base</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/models.py" line="42"/>
        <source>Doelgroep</source>
        <translation>Target group</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/models.py" line="43"/>
        <source>Bewijsniveau</source>
        <translation>Evidence level</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/models.py" line="44"/>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message numerus="yes">
        <location filename="../work/main/kb_app/gui/models.py" line="222"/>
        <source>(%n gekozen)</source>
        <translation>
            <numerusform>(%n chosen)</numerusform>
            <numerusform>(%n chosen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FavoritesModel</name>
    <message>
        <location filename="../work/main/kb_app/gui/models.py" line="292"/>
        <source>%s — niet meer in de bibliotheek</source>
        <translation>%s — no longer in the library</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/models.py" line="302"/>
        <source>Deze interventie staat niet meer in de bibliotheek; uw favoriet blijft bewaard.</source>
        <translation>This intervention is no longer in the library; your favourite is kept.</translation>
    </message>
</context>
<context>
    <name>FigureDialog</name>
    <message>
        <location filename="../work/main/kb_app/gui/figure_dialog.py" line="56"/>
        <source>Lokaal cijfer</source>
        <translation>Local figure</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/figure_dialog.py" line="69"/>
        <source>Hoger is beter</source>
        <translation>Higher is better</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/figure_dialog.py" line="70"/>
        <source>Hoger is slechter</source>
        <translation>Higher is worse</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/figure_dialog.py" line="73"/>
        <source>bijvoorbeeld Nederland of gemeente</source>
        <translation>for example the Netherlands or the municipality</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/figure_dialog.py" line="85"/>
        <source>&amp;Indicator:</source>
        <translation>&amp;Indicator:</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/figure_dialog.py" line="86"/>
        <source>&amp;Voorwaarde:</source>
        <translation>&amp;Condition:</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/figure_dialog.py" line="87"/>
        <source>&amp;Richting:</source>
        <translation>&amp;Direction:</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/figure_dialog.py" line="88"/>
        <source>&amp;Waarde hier:</source>
        <translation>&amp;Value here:</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/figure_dialog.py" line="89"/>
        <source>R&amp;eferentie:</source>
        <translation>R&amp;eference:</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/figure_dialog.py" line="90"/>
        <source>Vergeleken &amp;met:</source>
        <translation>Compared &amp;with:</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/figure_dialog.py" line="91"/>
        <source>E&amp;enheid:</source>
        <translation>U&amp;nit:</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/figure_dialog.py" line="92"/>
        <source>&amp;Jaar:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/figure_dialog.py" line="93"/>
        <source>&amp;Bron:</source>
        <translation>&amp;Source:</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/figure_dialog.py" line="144"/>
        <source>Kies of typ een indicator.</source>
        <translation>Choose or type an indicator.</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/figure_dialog.py" line="147"/>
        <source>De waarde hier is geen getal (bijvoorbeeld 14 of 14,5).</source>
        <translation>The value here is not a number (for example 14 or 14.5).</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/figure_dialog.py" line="153"/>
        <source>De referentie is geen getal; laat het veld leeg als er geen is.</source>
        <translation>The reference is not a number; leave the field empty if there is none.</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/figure_dialog.py" line="157"/>
        <source>Het jaar is geen jaartal (bijvoorbeeld 2024).</source>
        <translation>The year is not a year (for example 2024).</translation>
    </message>
</context>
<context>
    <name>FiguresImportDialog</name>
    <message>
        <location filename="../work/main/kb_app/gui/figures_import.py" line="35"/>
        <source>Cijfers importeren uit %s</source>
        <translation>Import figures from %s</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/figures_import.py" line="44"/>
        <source>Rij</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/figures_import.py" line="45"/>
        <source>In het bestand</source>
        <translation>In the file</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/figures_import.py" line="46"/>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/figures_import.py" line="47"/>
        <source>Waarde</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/figures_import.py" line="48"/>
        <source>Referentie</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/figures_import.py" line="53"/>
        <source>Rijen uit het bestand</source>
        <translation>Rows from the file</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/figures_import.py" line="55"/>
        <source>Problemen per rij en kolom</source>
        <translation>Problems by row and column</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/figures_import.py" line="56"/>
        <source>&amp;Problemen:</source>
        <translation>&amp;Problems:</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/figures_import.py" line="60"/>
        <source>&amp;Importeren</source>
        <translation>&amp;Import</translation>
    </message>
    <message numerus="yes">
        <location filename="../work/main/kb_app/gui/figures_import.py" line="99"/>
        <source>%n rij(en) gevonden. Controleer bij elke rij de indicator en kies Importeren.</source>
        <translation>
            <numerusform>%n row found. Check the indicator of the row and choose Import.</numerusform>
            <numerusform>%n rows found. Check the indicator of each row and choose Import.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/figures_import.py" line="107"/>
        <source>Er is nog niets ingelezen. Los de problemen hieronder op (in het bestand, of kies bij een rij de juiste indicator).</source>
        <translation>Nothing has been imported yet. Solve the problems below (in the file, or choose the right indicator for a row).</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/figures_import.py" line="115"/>
        <source>Niet gebruikt: kolom %s.</source>
        <translation>Not used: column %s.</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/figures_import.py" line="120"/>
        <source>(eigen indicator)</source>
        <translation>(own indicator)</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/figures_import.py" line="124"/>
        <source>Indicator voor rij %d</source>
        <translation>Indicator for row %d</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <location filename="../work/main/kb_app/gui/filter_panel.py" line="38"/>
        <source>Filters</source>
        <translation>Filters</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/filter_panel.py" line="41"/>
        <source>Minimaal bewijsniveau</source>
        <translation>Minimum evidence level</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/filter_panel.py" line="47"/>
        <source>Elk bewijsniveau</source>
        <translation>Any evidence level</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/filter_panel.py" line="51"/>
        <source>ten minste %s</source>
        <translation>at least %s</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/filter_panel.py" line="57"/>
        <source>Wis filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/filter_panel.py" line="58"/>
        <source>&amp;Bewijs:</source>
        <translation>&amp;Evidence:</translation>
    </message>
</context>
<context>
    <name>ItemForm</name>
    <message>
        <location filename="../work/main/kb_app/gui/plan_item_form.py" line="55"/>
        <source>Waarom afgewezen of nog in overweging?</source>
        <translation>Why rejected or still under consideration?</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/plan_item_form.py" line="57"/>
        <source>Waarom deze interventie, hier en nu?</source>
        <translation>Why this intervention, here and now?</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/plan_item_form.py" line="69"/>
        <source>Doelgroepen</source>
        <translation>Target groups</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/plan_item_form.py" line="71"/>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/plan_item_form.py" line="72"/>
        <source>Actie toevoegen (Insert)</source>
        <translation>Add action (Insert)</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/plan_item_form.py" line="73"/>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/plan_item_form.py" line="74"/>
        <source>Actie verwijderen (Ctrl+Delete)</source>
        <translation>Remove action (Ctrl+Delete)</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/plan_item_form.py" line="117"/>
        <source>Waarom</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/plan_item_form.py" line="119"/>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/plan_item_form.py" line="120"/>
        <source>&amp;Reden:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/plan_item_form.py" line="121"/>
        <source>Waarom geko&amp;zen:</source>
        <translation>Wh&amp;y chosen:</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/plan_item_form.py" line="125"/>
        <source>Voor wie en waar</source>
        <translation>For whom and where</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/plan_item_form.py" line="127"/>
        <source>&amp;Voorwaarden:</source>
        <translation>&amp;Conditions:</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/plan_item_form.py" line="128"/>
        <source>&amp;Niveaus:</source>
        <translation>&amp;Levels:</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/plan_item_form.py" line="129"/>
        <source>&amp;Doelgroepen:</source>
        <translation>Target gr&amp;oups:</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/plan_item_form.py" line="133"/>
        <source>Acties</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/plan_item_form.py" line="134"/>
        <source>A&amp;cties:</source>
        <translation>Actio&amp;ns:</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/plan_item_form.py" line="137"/>
        <source>Partner en budget</source>
        <translation>Partner and budget</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/plan_item_form.py" line="139"/>
        <source>Partn&amp;er:</source>
        <translation>Partner organi&amp;zation:</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/plan_item_form.py" line="140"/>
        <source>B&amp;udget:</source>
        <translation>&amp;Budget:</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/plan_item_form.py" line="141"/>
        <source>Toe&amp;lichting budget:</source>
        <translation>Budget &amp;details:</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/plan_item_form.py" line="144"/>
        <source>Meten</source>
        <translation>Measuring</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/plan_item_form.py" line="144"/>
        <source>Indicat&amp;or:</source>
        <translation>Indicator (&amp;measure):</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/plan_item_form.py" line="81"/>
        <source>geen bedrag</source>
        <translation>no amount</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/plan_item_form.py" line="85"/>
        <source>Waaraan zien we dat het werkt?</source>
        <translation>How will we see that it works?</translation>
    </message>
</context>
<context>
    <name>LibraryUpdate</name>
    <message>
        <location filename="../work/main/kb_app/gui/library_update.py" line="265"/>
        <source>Bibliotheek bijwerken</source>
        <translation>Update library</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/library_update.py" line="266"/>
        <source>Bibliotheekpakket (*.wwpack)</source>
        <translation>Library pack (*.wwpack)</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/library_update.py" line="291"/>
        <source>Terug naar vorige bibliotheek</source>
        <translation>Back to previous library</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/library_update.py" line="295"/>
        <source>%1

Wat Werkt opent daarna opnieuw; uw favorieten, notities en plannen blijven bewaard.</source>
        <translation>%1

Wat Werkt then reopens; your favourites, notes and plans are kept.</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/library_update.py" line="311"/>
        <source>Uitgever vertrouwen</source>
        <translation>Trust publisher</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/library_update.py" line="312"/>
        <source>Publieke sleutel (*.pub)</source>
        <translation>Public key (*.pub)</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/library_update.py" line="322"/>
        <source>%1 wordt al vertrouwd.</source>
        <translation>%1 is already trusted.</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/library_update.py" line="332"/>
        <source>%1 wordt nu vertrouwd.</source>
        <translation>%1 is now trusted.</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/library_update.py" line="341"/>
        <source>Uitgever: %1
Vingerafdruk:
%2

Vergelijk deze vingerafdruk met die van de uitgever zelf (bijvoorbeeld telefonisch). Pakketten van een vertrouwde uitgever worden zonder verdere vraag geïnstalleerd.</source>
        <translation>Publisher: %1
Fingerprint:
%2

Compare this fingerprint with the publisher themselves (for example by phone). Packs from a trusted publisher are installed without further questions.</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/library_update.py" line="355"/>
        <source>&amp;Vertrouwen</source>
        <translation>&amp;Trust</translation>
    </message>
</context>
<context>
    <name>LocalPictureView</name>
    <message>
        <location filename="../work/main/kb_app/gui/local_view.py" line="55"/>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/local_view.py" line="56"/>
        <source>Wijk</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/local_view.py" line="57"/>
        <source>Buurt</source>
        <translation>Neighbourhood</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/local_view.py" line="58"/>
        <source>Dorp</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/local_view.py" line="116"/>
        <source>Per voorwaarde</source>
        <translation>Per condition</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/local_view.py" line="126"/>
        <source>Gebied</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/local_view.py" line="127"/>
        <source>bijvoorbeeld Zuid</source>
        <translation>for example Zuid</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/local_view.py" line="129"/>
        <source>Soort gebied</source>
        <translation>Kind of area</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/local_view.py" line="130"/>
        <source>(niet gekozen)</source>
        <translation>(not chosen)</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/local_view.py" line="138"/>
        <source>&amp;Gebied:</source>
        <translation>&amp;Area:</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/local_view.py" line="139"/>
        <source>&amp;Soort gebied:</source>
        <translation>&amp;Kind of area:</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/local_view.py" line="147"/>
        <location filename="../work/main/kb_app/gui/local_view.py" line="154"/>
        <source>Lokale cijfers</source>
        <translation>Local figures</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/local_view.py" line="152"/>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/local_view.py" line="152"/>
        <location filename="../work/main/kb_app/gui/local_view.py" line="325"/>
        <source>Hier</source>
        <translation>Here</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/local_view.py" line="152"/>
        <location filename="../work/main/kb_app/gui/local_view.py" line="324"/>
        <source>Referentie</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/local_view.py" line="152"/>
        <source>Verschil</source>
        <translation>Difference</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/local_view.py" line="171"/>
        <source>Cijfer &amp;toevoegen…</source>
        <translation>&amp;Add figure…</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/local_view.py" line="172"/>
        <source>Cijfers &amp;importeren…</source>
        <translation>&amp;Import figures…</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/local_view.py" line="173"/>
        <source>&amp;Bewerken…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/local_view.py" line="174"/>
        <source>Ve&amp;rwijderen</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/local_view.py" line="186"/>
        <source>Zwakke plekken: slechter dan de referentie</source>
        <translation>Weak spots: worse than the reference</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/local_view.py" line="188"/>
        <source>Zwakke plekken</source>
        <translation>Weak spots</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/local_view.py" line="191"/>
        <source>Wat werkt &amp;hierbij?</source>
        <translation>What &amp;works here?</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/local_view.py" line="193"/>
        <source>Prioriteiten &amp;voorstellen…</source>
        <translation>&amp;Propose priorities…</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/local_view.py" line="205"/>
        <source>Wat bewoners en partners zeggen</source>
        <translation>What residents and partners say</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/local_view.py" line="210"/>
        <source>Notities bij %s</source>
        <translation>Notes on %s</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/local_view.py" line="255"/>
        <source>(slechter)</source>
        <translation>(worse)</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/local_view.py" line="352"/>
        <source>lokale situatie</source>
        <translation>local picture</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/local_view.py" line="367"/>
        <source>cijfer toevoegen</source>
        <translation>add figure</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/local_view.py" line="380"/>
        <source>cijfer wijzigen</source>
        <translation>change figure</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/local_view.py" line="390"/>
        <source>cijfer verwijderen</source>
        <translation>remove figure</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/local_view.py" line="399"/>
        <location filename="../work/main/kb_app/gui/local_view.py" line="410"/>
        <source>Cijfers importeren</source>
        <translation>Import figures</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/local_view.py" line="401"/>
        <source>Tabellen (*.csv *.xlsx *.txt);;Alle bestanden (*)</source>
        <translation>Tables (*.csv *.xlsx *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/local_view.py" line="414"/>
        <source>cijfers importeren</source>
        <translation>import figures</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/local_view.py" line="428"/>
        <source>interventie toevoegen</source>
        <translation>add intervention</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/local_view.py" line="440"/>
        <source>prioriteiten uit de lokale cijfers</source>
        <translation>priorities from the local figures</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../work/main/kb_app/gui/menus.py" line="169"/>
        <source>&amp;Wat werkt</source>
        <translation>&amp;What works</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/menus.py" line="75"/>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/menus.py" line="77"/>
        <source>Bibliotheek &amp;bijwerken…</source>
        <translation>&amp;Update library…</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/menus.py" line="78"/>
        <source>&amp;Terug naar vorige bibliotheek</source>
        <translation>&amp;Back to previous library</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/menus.py" line="79"/>
        <source>&amp;Uitgever vertrouwen…</source>
        <translation>Trust &amp;publisher…</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/menus.py" line="87"/>
        <source>&amp;Voorkeuren…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/menus.py" line="94"/>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/menus.py" line="98"/>
        <source>Be&amp;werken</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/menus.py" line="100"/>
        <source>&amp;Ongedaan maken</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/menus.py" line="104"/>
        <source>Opnieuw &amp;doen</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/menus.py" line="112"/>
        <source>&amp;Zoeken</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/menus.py" line="119"/>
        <source>Zoekveld &amp;leegmaken</source>
        <translation>C&amp;lear search field</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/menus.py" line="126"/>
        <source>&amp;Filters wissen</source>
        <translation>Clear &amp;filters</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/menus.py" line="130"/>
        <source>&amp;Ga</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/menus.py" line="134"/>
        <source>&amp;Startpagina</source>
        <translation>&amp;Start page</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/menus.py" line="139"/>
        <source>&amp;Terug</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/menus.py" line="144"/>
        <source>&amp;Vooruit</source>
        <translation>&amp;Forward</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/menus.py" line="149"/>
        <source>&amp;Resultaten</source>
        <translation>&amp;Results</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/menus.py" line="154"/>
        <source>&amp;Beschrijving</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/menus.py" line="159"/>
        <source>&amp;Notitie</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/menus.py" line="164"/>
        <source>&amp;Favorieten</source>
        <translation>F&amp;avourites</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/main_window.py" line="137"/>
        <location filename="../work/main/kb_app/gui/menus.py" line="181"/>
        <source>&amp;Interventie</source>
        <translation>&amp;Intervention</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/main_window.py" line="138"/>
        <source>Actie&amp;plan</source>
        <translation>Action &amp;plan</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/menus.py" line="174"/>
        <source>&amp;Actieplan</source>
        <translation>&amp;Action plan</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/menus.py" line="187"/>
        <source>Toevoegen aan &amp;plan</source>
        <translation>Add to &amp;plan</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/menus.py" line="199"/>
        <source>Vergelijking &amp;leegmaken</source>
        <translation>C&amp;lear comparison</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/menus.py" line="203"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/menus.py" line="207"/>
        <source>&amp;Over Wat Werkt</source>
        <translation>&amp;About Wat Werkt</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/main_window.py" line="152"/>
        <source>De inhoud van de bibliotheek is in het Nederlands.</source>
        <translation>The library’s content is in Dutch.</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/search_flow.py" line="62"/>
        <source>Zoeken lukte niet; probeer andere woorden.</source>
        <translation>The search failed; try other words.</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/main_window.py" line="294"/>
        <source>Toegevoegd aan plan ‘%s’</source>
        <translation>Added to plan ‘%s’</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/compare.py" line="45"/>
        <source>‘%s’ staat al in de vergelijking</source>
        <translation>‘%s’ is already in the comparison</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/compare.py" line="53"/>
        <source>Vergelijken</source>
        <translation>Compare</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/compare.py" line="49"/>
        <source>U kunt hooguit vier interventies vergelijken. Maak de vergelijking eerst leeg.</source>
        <translation>You can compare at most four interventions. Clear the comparison first.</translation>
    </message>
    <message numerus="yes">
        <location filename="../work/main/kb_app/gui/compare.py" line="58"/>
        <source>‘%1’ toegevoegd aan de vergelijking (%n van 4)</source>
        <translation>
            <numerusform>‘%1’ added to the comparison (%n of 4)</numerusform>
            <numerusform>‘%1’ added to the comparison (%n of 4)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/compare.py" line="75"/>
        <source>&amp;Vergelijken (%d)…</source>
        <translation>&amp;Compare (%d)…</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/menus.py" line="67"/>
        <source>Over Wat Werkt</source>
        <translation>About Wat Werkt</translation>
    </message>
</context>
<context>
    <name>PlanAutosave</name>
    <message>
        <location filename="../work/main/kb_app/gui/plan_autosave.py" line="160"/>
        <source>tekst wijzigen</source>
        <translation>edit text</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/plan_autosave.py" line="210"/>
        <source>prioriteiten wijzigen</source>
        <translation>change priorities</translation>
    </message>
</context>
<context>
    <name>PlanItemsModel</name>
    <message>
        <location filename="../work/main/kb_app/gui/plan_items.py" line="43"/>
        <source>Overwogen</source>
        <translation>Considered</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/plan_items.py" line="44"/>
        <source>Gekozen</source>
        <translation>Chosen</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/plan_items.py" line="45"/>
        <source>Afgewezen</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/plan_items.py" line="91"/>
        <source> (lokale activiteit)</source>
        <translation> (local activity)</translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <location filename="../work/main/kb_app/gui/plan_panel.py" line="63"/>
        <source>Beleidsplan sociale basis</source>
        <translation>Policy plan for the social base</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/plan_panel.py" line="64"/>
        <source>Workshopvoorbereiding</source>
        <translation>Workshop preparation</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/plan_panel.py" line="65"/>
        <source>Wijkaanpak</source>
        <translation>Neighbourhood approach</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/plan_panel.py" line="99"/>
        <source>Context en probleemstelling</source>
        <translation>Context and problem statement</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/plan_panel.py" line="106"/>
        <source>Onderdelen van het plan</source>
        <translation>Items of the plan</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/plan_panel.py" line="119"/>
        <location filename="../work/main/kb_app/gui/plan_panel.py" line="362"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/plan_panel.py" line="120"/>
        <source>Lokale situatie</source>
        <translation>Local picture</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/plan_panel.py" line="121"/>
        <source>Onderdelen</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/plan_panel.py" line="122"/>
        <source>Dekking en hiaten</source>
        <translation>Coverage and gaps</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/plan_panel.py" line="140"/>
        <source>Plan kiezen</source>
        <translation>Choose plan</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/plan_panel.py" line="143"/>
        <source>Nieuw plan</source>
        <translation>New plan</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/plan_panel.py" line="146"/>
        <source>Leeg plan</source>
        <translation>Empty plan</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/plan_panel.py" line="152"/>
        <source>Exporteren</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/plan_panel.py" line="162"/>
        <source>Dupliceren</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/plan_item_list.py" line="99"/>
        <location filename="../work/main/kb_app/gui/plan_panel.py" line="163"/>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/plan_panel.py" line="164"/>
        <source>Openen…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/plan_panel.py" line="165"/>
        <source>Delen…</source>
        <translation>Share…</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/plan_panel.py" line="176"/>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/plan_panel.py" line="177"/>
        <source>&amp;Organisatie of gemeente:</source>
        <translation>&amp;Organisation or municipality:</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/plan_panel.py" line="178"/>
        <source>Pe&amp;riode:</source>
        <translation>Perio&amp;d:</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/plan_panel.py" line="179"/>
        <source>A&amp;uteur:</source>
        <translation>A&amp;uthor:</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/plan_panel.py" line="183"/>
        <source>&amp;Context en probleemstelling (Markdown):</source>
        <translation>&amp;Context and problem statement (Markdown):</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/plan_panel.py" line="184"/>
        <source>Priorit&amp;eiten:</source>
        <translation>P&amp;riorities:</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/plan_item_list.py" line="90"/>
        <source>Omhoog</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/plan_item_list.py" line="92"/>
        <source>Onderdeel omhoog (Ctrl+Shift+Up)</source>
        <translation>Move item up (Ctrl+Shift+Up)</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/plan_item_list.py" line="95"/>
        <source>Omlaag</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/plan_item_list.py" line="97"/>
        <source>Onderdeel omlaag (Ctrl+Shift+Down)</source>
        <translation>Move item down (Ctrl+Shift+Down)</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/plan_item_list.py" line="101"/>
        <source>Lokale activiteit…</source>
        <translation>Local activity…</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/plan_panel.py" line="321"/>
        <source>nieuw plan</source>
        <translation>new plan</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/plan_panel.py" line="329"/>
        <source>plan dupliceren</source>
        <translation>duplicate plan</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/plan_panel.py" line="337"/>
        <source>Plan verwijderen</source>
        <translation>Delete plan</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/plan_panel.py" line="338"/>
        <source>Plan ‘%s’ verwijderen? U kunt dit ongedaan maken met Ctrl+Z.</source>
        <translation>Delete plan ‘%s’? You can undo this with Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/plan_panel.py" line="343"/>
        <source>plan verwijderen</source>
        <translation>delete plan</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/plan_panel.py" line="359"/>
        <source>onderdeel wijzigen</source>
        <translation>change item</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/plan_panel.py" line="371"/>
        <source>Toevoegen aan plan</source>
        <translation>Add to plan</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/plan_panel.py" line="373"/>
        <source>toevoegen aan plan</source>
        <translation>add to plan</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/plan_item_list.py" line="144"/>
        <source>Lokale activiteit</source>
        <translation>Local activity</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/plan_item_list.py" line="145"/>
        <source>Naam van de activiteit:</source>
        <translation>Name of the activity:</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/plan_item_list.py" line="153"/>
        <source>activiteit toevoegen</source>
        <translation>add activity</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/plan_item_list.py" line="163"/>
        <source>volgorde wijzigen</source>
        <translation>reorder</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/plan_item_list.py" line="171"/>
        <source>onderdeel verwijderen</source>
        <translation>remove item</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/plan_io.py" line="20"/>
        <source>Word (.docx)</source>
        <translation>Word (.docx)</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/plan_io.py" line="25"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/plan_io.py" line="26"/>
        <source>Markdown (.md)</source>
        <translation>Markdown (.md)</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/plan_io.py" line="27"/>
        <source>Webpagina (.html)</source>
        <translation>Web page (.html)</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/plan_io.py" line="29"/>
        <source>Workshopkit, Word</source>
        <translation>Workshop kit, Word</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/plan_io.py" line="35"/>
        <source>Workshopkit, PDF</source>
        <translation>Workshop kit, PDF</translation>
    </message>
</context>
<context>
    <name>PlanSharing</name>
    <message>
        <location filename="../work/main/kb_app/gui/plan_sharing.py" line="72"/>
        <source>Er is nog geen plan om te exporteren.</source>
        <translation>There is no plan to export yet.</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/plan_sharing.py" line="96"/>
        <source>Exporteren als %s</source>
        <translation>Export as %s</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/plan_sharing.py" line="180"/>
        <source>Plan delen</source>
        <translation>Share plan</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/plan_sharing.py" line="104"/>
        <source>Het plan is geëxporteerd naar:</source>
        <translation>The plan was exported to:</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/plan_sharing.py" line="111"/>
        <location filename="../work/main/kb_app/gui/plan_sharing.py" line="121"/>
        <source>Workshopkit</source>
        <translation>Workshop kit</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/plan_sharing.py" line="113"/>
        <source>Dit plan heeft nog geen interventies uit de bibliotheek, dus de kit zou leeg zijn. Voeg eerst interventies toe (Ctrl+Shift+P) en zet ze op ‘Gekozen’. Er is niets opgeslagen.</source>
        <translation>This plan has no interventions from the library yet, so the kit would be empty. Add interventions first (Ctrl+Shift+P) and set them to ‘Chosen’. Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/plan_sharing.py" line="123"/>
        <source>Nog geen enkele interventie staat op ‘Gekozen’, dus de kit zou geen factsheets hebben. Wilt u de interventies die op ‘Overwogen’ staan meenemen, of eerst terug naar het plan om te kiezen?</source>
        <translation>No intervention is set to ‘Chosen’ yet, so the kit would have no fact sheets. Include the interventions set to ‘Considered’, or go back to the plan to choose first?</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/plan_sharing.py" line="130"/>
        <source>&amp;Overwogen meenemen</source>
        <translation>Include &amp;considered</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/plan_sharing.py" line="131"/>
        <source>&amp;Terug naar het plan</source>
        <translation>Back to the &amp;plan</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/plan_sharing.py" line="155"/>
        <source>Bestand &amp;openen</source>
        <translation>&amp;Open file</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/plan_sharing.py" line="156"/>
        <source>&amp;Map openen</source>
        <translation>Open &amp;folder</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/plan_sharing.py" line="157"/>
        <source>&amp;Sluiten</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/plan_sharing.py" line="191"/>
        <source>Opgeslagen. Geef dit bestand aan een collega; die opent het in Wat Werkt met de knop ‘Openen…’ bovenaan het tabblad Actieplan:</source>
        <translation>Saved. Give this file to a colleague; they open it in Wat Werkt with the ‘Open…’ button at the top of the Action plan tab:</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/plan_sharing.py" line="200"/>
        <location filename="../work/main/kb_app/gui/plan_sharing.py" line="236"/>
        <source>Plan openen</source>
        <translation>Open plan</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/plan_sharing.py" line="209"/>
        <source>Wat Werkt-plan (*%1)</source>
        <translation>Wat Werkt plan (*%1)</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/plan_sharing.py" line="217"/>
        <source>‘%1’ (%2) met %3 onderdelen en %4 prioriteiten.</source>
        <translation>‘%1’ (%2) with %3 items and %4 priorities.</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/plan_sharing.py" line="228"/>
        <source>%1 (geopend)</source>
        <translation>%1 (opened)</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/plan_sharing.py" line="231"/>
        <source>plan openen</source>
        <translation>open plan</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/plan_sharing.py" line="238"/>
        <source>Dit plan staat al in uw lijst: %s
Wat wilt u doen?</source>
        <translation>This plan is already in your list: %s
What do you want to do?</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/plan_sharing.py" line="239"/>
        <source>Vervangen</source>
        <translation>Replace</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/plan_sharing.py" line="240"/>
        <source>Als kopie openen</source>
        <translation>Open as a copy</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/plan_sharing.py" line="242"/>
        <source>Dit plan openen? %s</source>
        <translation>Open this plan? %s</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/plan_sharing.py" line="245"/>
        <source>Openen</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/plan_sharing.py" line="268"/>
        <source>Het bestand kon niet worden gelezen of geschreven%1: %2. Er is niets gewijzigd; kies een andere map of naam.</source>
        <translation>The file could not be read or written%1: %2. Nothing was changed; choose another folder or name.</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/plan_sharing.py" line="151"/>
        <location filename="../work/main/kb_app/gui/plan_sharing.py" line="261"/>
        <location filename="../work/main/kb_app/gui/plan_sharing.py" line="266"/>
        <location filename="../work/main/kb_app/gui/plan_sharing.py" line="277"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../work/main/kb_app/gui/dialogs.py" line="59"/>
        <source>Voorkeuren</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/dialogs.py" line="61"/>
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/dialogs.py" line="63"/>
        <source>Systeemtaal (Nederlands, of Engels op een Engels systeem)</source>
        <translation>System language (Dutch, or English on an English system)</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/dialogs.py" line="69"/>
        <source>&amp;Taal:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/dialogs.py" line="70"/>
        <source>Een andere taal wordt actief nadat u Wat Werkt opnieuw start.</source>
        <translation>A different language takes effect after you restart Wat Werkt.</translation>
    </message>
</context>
<context>
    <name>PrioritiesEditor</name>
    <message>
        <location filename="../work/main/kb_app/gui/plan_priorities.py" line="31"/>
        <source>Waarom is dit hier een prioriteit?</source>
        <translation>Why is this a priority here?</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/plan_priorities.py" line="32"/>
        <source>Toelichting bij %s</source>
        <translation>Rationale for %s</translation>
    </message>
</context>
<context>
    <name>ProposalsDialog</name>
    <message>
        <location filename="../work/main/kb_app/gui/local_choices.py" line="98"/>
        <source>Prioriteiten voorstellen</source>
        <translation>Propose priorities</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/local_choices.py" line="103"/>
        <source>Bij deze voorwaarden scoort het gebied slechter dan de referentie. Vink aan wat u als prioriteit wilt, en pas de reden aan.</source>
        <translation>On these conditions the area scores worse than the reference. Tick what you want as a priority, and adjust the reason.</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/local_choices.py" line="107"/>
        <source>Alle voorwaarden met zwakke plekken zijn al prioriteit.</source>
        <translation>Every condition with weak spots is already a priority.</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/local_choices.py" line="118"/>
        <source>Reden bij %s</source>
        <translation>Reason for %s</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/local_choices.py" line="126"/>
        <source>&amp;Prioriteiten vastleggen</source>
        <translation>&amp;Set priorities</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <location filename="../work/main/kb_app/gui/models.py" line="56"/>
        <source>★ favoriet</source>
        <translation>★ favourite</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/models.py" line="58"/>
        <source>✎ notitie</source>
        <translation>✎ note</translation>
    </message>
</context>
<context>
    <name>SearchRunner</name>
    <message>
        <location filename="../work/main/kb_app/gui/search_worker.py" line="28"/>
        <source>De zoekindex kon niet worden geopend, dus zoeken werkt nu niet. Start Wat Werkt opnieuw: dan wordt de bibliotheek gecontroleerd en waar mogelijk opnieuw opgebouwd.</source>
        <translation>The search index could not be opened, so searching does not work now. Restart Wat Werkt: the library is then checked and, where possible, rebuilt.</translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <location filename="../work/main/kb_app/gui/search_view.py" line="39"/>
        <source>Relevantie</source>
        <translation>Relevance</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/search_view.py" line="40"/>
        <source>Bewijsniveau</source>
        <translation>Evidence level</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/search_view.py" line="41"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/search_view.py" line="58"/>
        <source>Zoek op probleem, doelgroep of naam… (Ctrl+F)</source>
        <translation>Search for a problem, target group or name… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/search_view.py" line="59"/>
        <source>Zoeken</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/search_view.py" line="62"/>
        <source>Zoekveld leegmaken</source>
        <translation>Clear the search field</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/search_view.py" line="64"/>
        <source>Sorteren op</source>
        <translation>Sort by</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/search_view.py" line="79"/>
        <source>Resultaten</source>
        <translation>Results</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/search_view.py" line="99"/>
        <source>Zoeksuggestie</source>
        <translation>Search suggestion</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/search_view.py" line="101"/>
        <location filename="../work/main/kb_app/gui/search_view.py" line="243"/>
        <source>Filters wissen</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/search_view.py" line="105"/>
        <source>Tips: gebruik minder of andere woorden, zoek op een doelgroep (‘ouderen’) of een probleem (‘eenzaamheid’), of begin bij een thema op de startpagina.</source>
        <translation>Tips: use fewer or other words, search for a target group (‘ouderen’, older people) or a problem (‘eenzaamheid’, loneliness), or start from a theme on the start page. The library is in Dutch, so Dutch words find most.</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/search_view.py" line="114"/>
        <source>Naar de startpagina</source>
        <translation>Go to the start page</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/search_view.py" line="128"/>
        <source>&amp;Sorteer:</source>
        <translation>S&amp;ort:</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/search_view.py" line="198"/>
        <source>De bibliotheek wordt geopend…</source>
        <translation>Opening the library…</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/search_view.py" line="231"/>
        <source>Geen resultaten voor ‘%s’.</source>
        <translation>No results for ‘%s’.</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/search_view.py" line="233"/>
        <source>Geen resultaten met deze filters.</source>
        <translation>No results with these filters.</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/search_view.py" line="238"/>
        <source>Bedoelde u: %s?</source>
        <translation>Did you mean: %s?</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/search_view.py" line="243"/>
        <source>Zoek zonder filters</source>
        <translation>Search without filters</translation>
    </message>
    <message numerus="yes">
        <location filename="../work/main/kb_app/gui/search_view.py" line="209"/>
        <location filename="../work/main/kb_app/gui/search_view.py" line="248"/>
        <source>%n interventie(s)</source>
        <translation>
            <numerusform>%n intervention</numerusform>
            <numerusform>%n interventions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/search_view.py" line="210"/>
        <location filename="../work/main/kb_app/gui/search_view.py" line="250"/>
        <source>Startpagina — %s in de bibliotheek</source>
        <translation>Start page — %s in the library</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/search_view.py" line="253"/>
        <source>Geen resultaten voor ‘%1’; dit zijn de resultaten voor ‘%2’: %3</source>
        <translation>No results for ‘%1’; showing results for ‘%2’: %3</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/search_view.py" line="259"/>
        <source>%s — ook resultaten zonder alle woorden (onderaan)</source>
        <translation>%s — including results without all words (at the bottom)</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <location filename="../work/main/kb_app/gui/side_panel.py" line="28"/>
        <source>Favorieten</source>
        <translation>Favourites</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/side_panel.py" line="31"/>
        <source>Wat werkt</source>
        <translation>What works</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/side_panel.py" line="32"/>
        <source>&amp;Filters</source>
        <translation>&amp;Filters</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/side_panel.py" line="33"/>
        <source>F&amp;avorieten</source>
        <translation>F&amp;avourites</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/side_panel.py" line="34"/>
        <source>&amp;Wat werkt</source>
        <translation>&amp;What works</translation>
    </message>
</context>
<context>
    <name>StartView</name>
    <message>
        <location filename="../work/main/kb_app/gui/start_view.py" line="51"/>
        <source>Startpagina</source>
        <translation>Start page</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/start_view.py" line="59"/>
        <source>Thema’s</source>
        <translation>Themes</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/start_view.py" line="61"/>
        <source>Vier voorwaarden van sociale kwaliteit</source>
        <translation>Four conditions of social quality</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/start_view.py" line="83"/>
        <source>Wat werkt in de sociale basis?</source>
        <translation>What works in the social base?</translation>
    </message>
    <message numerus="yes">
        <location filename="../work/main/kb_app/gui/start_view.py" line="86"/>
        <source>%n interventie(s) en %1 wat-werkt-pagina’s, allemaal offline. Begin met een thema, een voorwaarde of een zoekvraag.</source>
        <translation>
            <numerusform>%n intervention and %1 what-works pages, all offline. Start with a theme, a condition or a search.</numerusform>
            <numerusform>%n interventions and %1 what-works pages, all offline. Start with a theme, a condition or a search.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/start_view.py" line="109"/>
        <source>Zoeken</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/start_view.py" line="110"/>
        <source>Typ een probleem, doelgroep of naam (Ctrl+F)</source>
        <translation>Type a problem, target group or name (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/start_view.py" line="114"/>
        <source>Wat werkt</source>
        <translation>What works</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/start_view.py" line="115"/>
        <source>Lees de werkzame mechanismen achter de interventies (Ctrl+5)</source>
        <translation>Read the mechanisms that make the interventions work (Ctrl+5)</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/start_view.py" line="119"/>
        <source>Actieplan</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/start_view.py" line="120"/>
        <source>Stel een plan samen en zie de hiaten (Ctrl+6)</source>
        <translation>Put a plan together and see its gaps (Ctrl+6)</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/start_view.py" line="163"/>
        <source>Recent nagekeken in de bibliotheek</source>
        <translation>Recently checked in the library</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/start_view.py" line="177"/>
        <source>Recent nagekeken</source>
        <translation>Recently checked</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/start_view.py" line="181"/>
        <source>Alle interventies bekijken</source>
        <translation>Show all interventions</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/start_view.py" line="182"/>
        <source>De hele bibliotheek als lijst</source>
        <translation>The whole library as a list</translation>
    </message>
</context>
<context>
    <name>SuggestionsDialog</name>
    <message>
        <location filename="../work/main/kb_app/gui/local_choices.py" line="37"/>
        <source>Wat werkt hierbij?</source>
        <translation>What works here?</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/local_choices.py" line="45"/>
        <source>Interventies die hierop werken</source>
        <translation>Interventions that work on this</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/local_choices.py" line="63"/>
        <source>De bibliotheek heeft geen interventie die hierop werkt (of ze staan al in het plan). Een eigen lokale activiteit kan ook: Onderdelen → Lokale activiteit.</source>
        <translation>The library has no intervention that works on this (or they are already in the plan). A local activity of your own is possible too: Items → Local activity.</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/local_choices.py" line="68"/>
        <source>Dit is een eigen indicator; de bibliotheek weet niet welke interventies erbij passen. Zoek zelf, of voeg een lokale activiteit toe.</source>
        <translation>This is an indicator of your own; the library does not know which interventions fit it. Search yourself, or add a local activity.</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/local_choices.py" line="77"/>
        <source>&amp;Toevoegen aan plan</source>
        <translation>&amp;Add to plan</translation>
    </message>
</context>
<context>
    <name>UpdateDialog</name>
    <message>
        <location filename="../work/main/kb_app/gui/library_update.py" line="102"/>
        <source>Bibliotheek bijwerken</source>
        <translation>Update library</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/library_update.py" line="107"/>
        <source>Het pakket is gecontroleerd: bibliotheek %1 van %2 met %3 interventies, ondertekend door een vertrouwde uitgever. Dit verandert er:</source>
        <translation>The pack has been checked: library %1 from %2 with %3 interventions, signed by a trusted publisher. This is what changes:</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/library_update.py" line="119"/>
        <source>Wijzigingen</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/library_update.py" line="122"/>
        <source>Wat Werkt opent daarna opnieuw met de nieuwe bibliotheek. Uw favorieten, notities en plannen blijven bewaard.</source>
        <translation>Wat Werkt then reopens with the new library. Your favourites, notes and plans are kept.</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/library_update.py" line="130"/>
        <source>&amp;Installeren</source>
        <translation>&amp;Install</translation>
    </message>
</context>
<context>
    <name>UpdateFlow</name>
    <message>
        <location filename="../work/main/kb_app/gui/library_update.py" line="177"/>
        <source>Het pakket wordt gecontroleerd…</source>
        <translation>Checking the pack…</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/library_update.py" line="188"/>
        <source>Het bibliotheekpakket kon door een onverwachte fout niet worden gecontroleerd; er is niets gewijzigd. Details staan in het logboek.</source>
        <translation>The library pack could not be checked because of an unexpected error; nothing has been changed. The details are in the log.</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/library_update.py" line="177"/>
        <source>Afbreken</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/library_update.py" line="179"/>
        <location filename="../work/main/kb_app/gui/library_update.py" line="234"/>
        <source>Bibliotheek bijwerken</source>
        <translation>Update library</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/library_update.py" line="213"/>
        <source>Handtekening en bestanden controleren</source>
        <translation>Checking signature and files</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/library_update.py" line="214"/>
        <source>Inhoud controleren</source>
        <translation>Checking content</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/library_update.py" line="215"/>
        <source>Bibliotheek en zoekindex opbouwen</source>
        <translation>Building library and search index</translation>
    </message>
    <message>
        <location filename="../work/main/kb_app/gui/library_update.py" line="224"/>
        <source>Afbreken…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
</TS>
