<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name>About</name>
    <message>
        <location filename="../dialogs.py" line="99"/>
        <source>Een offline kennisbank van sociale interventies die werken.</source>
        <translation>An offline knowledge base of social interventions that work.</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="100"/>
        <source>Programmaversie: %1</source>
        <translation>Program version: %1</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="101"/>
        <source>Bibliotheekversie: %1, gebouwd %2</source>
        <translation>Library version: %1, built %2</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="103"/>
        <source>Aantal interventies: %1</source>
        <translation>Number of interventions: %1</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="104"/>
        <source>Het programma maakt nooit verbinding met internet. Links naar bronnen openen pas in uw browser als u erop klikt.</source>
        <translation>The program never connects to the internet. Links to sources open in your browser only when you click them.</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="106"/>
        <source>De inhoud van de bibliotheek is in het Nederlands.</source>
        <translation>The library’s content is in Dutch.</translation>
    </message>
</context>
<context>
    <name>ChipBar</name>
    <message>
        <location filename="../chips.py" line="38"/>
        <source>Filter verwijderen: %s</source>
        <translation>Remove filter: %s</translation>
    </message>
    <message>
        <location filename="../chips.py" line="39"/>
        <source>Filter %s verwijderen</source>
        <translation>Remove filter %s</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../dialogs.py" line="35"/>
        <source>Interventies vergelijken</source>
        <translation>Compare interventions</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="40"/>
        <source>Vergelijking</source>
        <translation>Comparison</translation>
    </message>
</context>
<context>
    <name>CoverageView</name>
    <message>
        <location filename="../plan_coverage.py" line="48"/>
        <source>Dekking: voorwaarden en niveaus</source>
        <translation>Coverage: conditions and levels</translation>
    </message>
    <message>
        <location filename="../plan_coverage.py" line="55"/>
        <source>Doelgroepen, bewijs en waarschuwingen</source>
        <translation>Target groups, evidence and warnings</translation>
    </message>
    <message>
        <location filename="../plan_coverage.py" line="56"/>
        <source>Kies een vak in de tabel om passende interventies te zien.</source>
        <translation>Choose a cell in the table to see fitting interventions.</translation>
    </message>
    <message>
        <location filename="../plan_coverage.py" line="60"/>
        <source>Suggesties</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <location filename="../plan_coverage.py" line="61"/>
        <source>&amp;Toevoegen aan plan</source>
        <translation>&amp;Add to plan</translation>
    </message>
    <message>
        <location filename="../plan_coverage.py" line="111"/>
        <source>— leeg —</source>
        <translation>— empty —</translation>
    </message>
    <message>
        <location filename="../plan_coverage.py" line="145"/>
        <source>Interventies voor %1 × %2, sterkste bewijs eerst:</source>
        <translation>Interventions for %1 × %2, strongest evidence first:</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../detail_pane.py" line="61"/>
        <source>Terug (Alt+Links)</source>
        <translation>Back (Alt+Left)</translation>
    </message>
    <message>
        <location filename="../detail_pane.py" line="62"/>
        <source>Vooruit (Alt+Rechts)</source>
        <translation>Forward (Alt+Right)</translation>
    </message>
    <message>
        <location filename="../detail_pane.py" line="65"/>
        <location filename="../detail_pane.py" line="209"/>
        <source>☆ Favoriet</source>
        <translation>☆ Favourite</translation>
    </message>
    <message>
        <location filename="../detail_pane.py" line="66"/>
        <source>Favoriet aan/uit (Ctrl+D)</source>
        <translation>Toggle favourite (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../detail_pane.py" line="70"/>
        <location filename="../detail_pane.py" line="79"/>
        <source>Toevoegen aan vergelijking</source>
        <translation>Add to comparison</translation>
    </message>
    <message>
        <location filename="../detail_pane.py" line="71"/>
        <source>Toevoegen aan vergelijking (Ctrl+Shift+C)</source>
        <translation>Add to comparison (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <location filename="../detail_pane.py" line="76"/>
        <source>Favoriet</source>
        <translation>Favourite</translation>
    </message>
    <message>
        <location filename="../detail_pane.py" line="93"/>
        <source>Beschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../detail_pane.py" line="95"/>
        <source>Mijn &amp;notitie (alleen voor u, Markdown mag):</source>
        <translation>My &amp;note (private; Markdown allowed):</translation>
    </message>
    <message>
        <location filename="../detail_pane.py" line="97"/>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../detail_pane.py" line="98"/>
        <source>Schrijf hier uw eigen aantekeningen…</source>
        <translation>Write your own notes here…</translation>
    </message>
    <message>
        <location filename="../detail_pane.py" line="159"/>
        <source>&lt;h2&gt;Kies een interventie&lt;/h2&gt;&lt;p&gt;Zoek links op een probleem, doelgroep of naam en kies een resultaat.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Choose an intervention&lt;/h2&gt;&lt;p&gt;Search on the left for a problem, target group or name and choose a result.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../detail_pane.py" line="177"/>
        <source>&lt;h2&gt;%s&lt;/h2&gt;&lt;p&gt;Deze interventie staat niet meer in de bibliotheek. Uw favoriet en notitie blijven bewaard.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;%s&lt;/h2&gt;&lt;p&gt;This intervention is no longer in the library. Your favourite and note are kept.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../detail_pane.py" line="199"/>
        <source>Vergelijkbare interventies</source>
        <translation>Similar interventions</translation>
    </message>
    <message>
        <location filename="../detail_pane.py" line="209"/>
        <source>★ Favoriet</source>
        <translation>★ Favourite</translation>
    </message>
    <message>
        <location filename="../detail_pane.py" line="231"/>
        <source>Link openen</source>
        <translation>Open link</translation>
    </message>
    <message>
        <location filename="../detail_pane.py" line="232"/>
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
        <source>titel</source>
        <translation>title</translation>
    </message>
    <message>
        <source>andere namen</source>
        <translation>other names</translation>
    </message>
    <message>
        <source>samenvatting</source>
        <translation>summary</translation>
    </message>
    <message>
        <source>labels</source>
        <translation>labels</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>tag</translation>
    </message>
    <message>
        <source>tekst</source>
        <translation>text</translation>
    </message>
    <message>
        <source>deel van een samengesteld woord</source>
        <translation>part of a compound word</translation>
    </message>
    <message>
        <source>Waarom dit resultaat?</source>
        <translation>Why this result?</translation>
    </message>
    <message>
        <source>Uitleg bij de zoekvraag</source>
        <translation>Explanation of the search</translation>
    </message>
    <message>
        <source>Resultaten voor ‘%1’ —</source>
        <translation>Results for ‘%1’ —</translation>
    </message>
    <message>
        <source>zoek toch naar ‘%1’</source>
        <translation>search for ‘%1’ instead</translation>
    </message>
    <message>
        <source>Bedoelde u ‘%1’?</source>
        <translation>Did you mean ‘%1’?</translation>
    </message>
    <message>
        <source>Zo is uw vraag gelezen</source>
        <translation>How your search was read</translation>
    </message>
    <message>
        <source>Weggelaten (te algemeen of een vraagwoord): </source>
        <translation>Left out (too general, or a question word): </translation>
    </message>
    <message>
        <source>stam</source>
        <translation>stem</translation>
    </message>
    <message>
        <source>verbeterd van ‘%1’</source>
        <translation>corrected from ‘%1’</translation>
    </message>
    <message>
        <source>Engels woord, gezocht als: %1</source>
        <translation>English word, searched as: %1</translation>
    </message>
    <message>
        <source>begrip uit de woordenlijst: %1</source>
        <translation>vocabulary concept: %1</translation>
    </message>
    <message>
        <source>ook gezocht: %1</source>
        <translation>also searched: %1</translation>
    </message>
    <message>
        <source>andere vormen: %1</source>
        <translation>other forms: %1</translation>
    </message>
    <message>
        <source>samengesteld woord, delen: %1</source>
        <translation>compound word, parts: %1</translation>
    </message>
    <message>
        <source>naam, getypt als: %1</source>
        <translation>name, typed as: %1</translation>
    </message>
    <message>
        <source>nog aan het typen: woorden die zo beginnen</source>
        <translation>still typing: words that start like this</translation>
    </message>
    <message>
        <source>Kies een resultaat om te zien waar het is gevonden.</source>
        <translation>Choose a result to see where it was found.</translation>
    </message>
    <message>
        <source>niet gevonden (dit resultaat mist dit woord)</source>
        <translation>not found (this result lacks this word)</translation>
    </message>
    <message>
        <source>Gevonden in ‘%1’</source>
        <translation>Found in ‘%1’</translation>
    </message>
</context>
<context>
    <name>FacetModel</name>
    <message>
        <location filename="../models.py" line="32"/>
        <source>Thema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../models.py" line="33"/>
        <source>Voorwaarde</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location filename="../models.py" line="34"/>
        <source>Niveau sociale basis</source>
        <translation>Level of the social base</translation>
    </message>
    <message>
        <location filename="../models.py" line="35"/>
        <source>Doelgroep</source>
        <translation>Target group</translation>
    </message>
    <message>
        <location filename="../models.py" line="36"/>
        <source>Bewijsniveau</source>
        <translation>Evidence level</translation>
    </message>
    <message>
        <location filename="../models.py" line="37"/>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message numerus="yes">
        <location filename="../models.py" line="206"/>
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
        <location filename="../models.py" line="271"/>
        <source>%s — niet meer in de bibliotheek</source>
        <translation>%s — no longer in the library</translation>
    </message>
    <message>
        <location filename="../models.py" line="279"/>
        <source>Deze interventie staat niet meer in de bibliotheek; uw favoriet blijft bewaard.</source>
        <translation>This intervention is no longer in the library; your favourite is kept.</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <location filename="../filter_panel.py" line="38"/>
        <source>Filters</source>
        <translation>Filters</translation>
    </message>
    <message>
        <location filename="../filter_panel.py" line="41"/>
        <source>Minimaal bewijsniveau</source>
        <translation>Minimum evidence level</translation>
    </message>
    <message>
        <location filename="../filter_panel.py" line="46"/>
        <source>Elk bewijsniveau</source>
        <translation>Any evidence level</translation>
    </message>
    <message>
        <location filename="../filter_panel.py" line="50"/>
        <source>ten minste %s</source>
        <translation>at least %s</translation>
    </message>
    <message>
        <location filename="../filter_panel.py" line="54"/>
        <source>Wis filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location filename="../filter_panel.py" line="55"/>
        <source>&amp;Bewijs:</source>
        <translation>&amp;Evidence:</translation>
    </message>
</context>
<context>
    <name>ItemForm</name>
    <message>
        <location filename="../plan_items.py" line="120"/>
        <source>Waarom afgewezen of nog in overweging?</source>
        <translation>Why rejected or still under consideration?</translation>
    </message>
    <message>
        <location filename="../plan_items.py" line="122"/>
        <source>Waarom deze interventie, hier en nu?</source>
        <translation>Why this intervention, here and now?</translation>
    </message>
    <message>
        <location filename="../plan_items.py" line="129"/>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../plan_items.py" line="129"/>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../plan_items.py" line="129"/>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../plan_items.py" line="132"/>
        <source>Actie toevoegen</source>
        <translation>Add action</translation>
    </message>
    <message>
        <location filename="../plan_items.py" line="133"/>
        <source>Actie verwijderen</source>
        <translation>Remove action</translation>
    </message>
    <message>
        <location filename="../plan_items.py" line="140"/>
        <source>geen bedrag</source>
        <translation>no amount</translation>
    </message>
    <message>
        <location filename="../plan_items.py" line="143"/>
        <source>Waaraan zien we dat het werkt?</source>
        <translation>How will we see that it works?</translation>
    </message>
    <message>
        <location filename="../plan_items.py" line="150"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../plan_items.py" line="151"/>
        <source>Re&amp;den:</source>
        <translation>Re&amp;ason:</translation>
    </message>
    <message>
        <location filename="../plan_items.py" line="152"/>
        <source>&amp;Waarom gekozen:</source>
        <translation>&amp;Why chosen:</translation>
    </message>
    <message>
        <location filename="../plan_items.py" line="153"/>
        <source>Voorwaarden:</source>
        <translation>Conditions:</translation>
    </message>
    <message>
        <location filename="../plan_items.py" line="154"/>
        <source>Niveaus:</source>
        <translation>Levels:</translation>
    </message>
    <message>
        <location filename="../plan_items.py" line="155"/>
        <source>Doelgroepen:</source>
        <translation>Target groups:</translation>
    </message>
    <message>
        <location filename="../plan_items.py" line="160"/>
        <source>Acties:</source>
        <translation>Actions:</translation>
    </message>
    <message>
        <location filename="../plan_items.py" line="162"/>
        <source>&amp;Partner:</source>
        <translation>&amp;Partner:</translation>
    </message>
    <message>
        <location filename="../plan_items.py" line="163"/>
        <source>&amp;Budget:</source>
        <translation>&amp;Budget:</translation>
    </message>
    <message>
        <location filename="../plan_items.py" line="164"/>
        <source>Toelichting &amp;budget:</source>
        <translation>Budget &amp;note:</translation>
    </message>
    <message>
        <location filename="../plan_items.py" line="165"/>
        <source>&amp;Indicator:</source>
        <translation>&amp;Indicator:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../menus.py" line="70"/>
        <source>&amp;Wat werkt</source>
        <translation>&amp;What works</translation>
    </message>
    <message>
        <location filename="../menus.py" line="23"/>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../menus.py" line="24"/>
        <source>Bibliotheek &amp;bijwerken…</source>
        <translation>&amp;Update library…</translation>
    </message>
    <message>
        <location filename="../menus.py" line="25"/>
        <source>&amp;Terug naar vorige bibliotheek</source>
        <translation>&amp;Back to previous library</translation>
    </message>
    <message>
        <location filename="../menus.py" line="30"/>
        <source>&amp;Voorkeuren…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <location filename="../menus.py" line="33"/>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../menus.py" line="35"/>
        <source>Be&amp;werken</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../menus.py" line="37"/>
        <source>&amp;Ongedaan maken</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../menus.py" line="40"/>
        <source>Opnieuw &amp;doen</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../menus.py" line="44"/>
        <source>&amp;Zoeken</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../menus.py" line="47"/>
        <source>Zoekveld &amp;leegmaken</source>
        <translation>C&amp;lear search field</translation>
    </message>
    <message>
        <location filename="../menus.py" line="50"/>
        <source>&amp;Filters wissen</source>
        <translation>Clear &amp;filters</translation>
    </message>
    <message>
        <location filename="../menus.py" line="53"/>
        <source>&amp;Ga</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../menus.py" line="54"/>
        <source>&amp;Startpagina</source>
        <translation>&amp;Start page</translation>
    </message>
    <message>
        <location filename="../menus.py" line="56"/>
        <source>&amp;Terug</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location filename="../menus.py" line="58"/>
        <source>&amp;Vooruit</source>
        <translation>&amp;Forward</translation>
    </message>
    <message>
        <location filename="../menus.py" line="60"/>
        <source>&amp;Resultaten</source>
        <translation>&amp;Results</translation>
    </message>
    <message>
        <location filename="../menus.py" line="63"/>
        <source>&amp;Beschrijving</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <location filename="../menus.py" line="66"/>
        <source>&amp;Notitie</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <location filename="../menus.py" line="68"/>
        <source>&amp;Favorieten</source>
        <translation>F&amp;avourites</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="69"/>
        <location filename="../menus.py" line="74"/>
        <source>&amp;Interventie</source>
        <translation>&amp;Intervention</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="70"/>
        <source>Actie&amp;plan</source>
        <translation>Action &amp;plan</translation>
    </message>
    <message>
        <location filename="../menus.py" line="72"/>
        <source>&amp;Actieplan</source>
        <translation>&amp;Action plan</translation>
    </message>
    <message>
        <location filename="../menus.py" line="77"/>
        <source>Toevoegen aan &amp;plan</source>
        <translation>Add to &amp;plan</translation>
    </message>
    <message>
        <location filename="../menus.py" line="83"/>
        <source>&amp;Vergelijken…</source>
        <translation>&amp;Compare…</translation>
    </message>
    <message>
        <location filename="../menus.py" line="86"/>
        <source>Vergelijking &amp;leegmaken</source>
        <translation>C&amp;lear comparison</translation>
    </message>
    <message>
        <location filename="../menus.py" line="88"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../menus.py" line="89"/>
        <source>&amp;Over Wat Werkt</source>
        <translation>&amp;About Wat Werkt</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="81"/>
        <source>De inhoud van de bibliotheek is in het Nederlands.</source>
        <translation>The library’s content is in Dutch.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="143"/>
        <source>Zoeken lukte niet; probeer andere woorden.</source>
        <translation>The search failed; try other words.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="223"/>
        <source>Toegevoegd aan plan ‘%s’</source>
        <translation>Added to plan ‘%s’</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="229"/>
        <source>‘%s’ staat al in de vergelijking</source>
        <translation>‘%s’ is already in the comparison</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="232"/>
        <source>Vergelijken</source>
        <translation>Compare</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="233"/>
        <source>U kunt hooguit vier interventies vergelijken. Maak de vergelijking eerst leeg.</source>
        <translation>You can compare at most four interventions. Clear the comparison first.</translation>
    </message>
    <message numerus="yes">
        <location filename="../main_window.py" line="239"/>
        <source>‘%1’ toegevoegd aan de vergelijking (%n van 4)</source>
        <translation>
            <numerusform>‘%1’ added to the comparison (%n of 4)</numerusform>
            <numerusform>‘%1’ added to the comparison (%n of 4)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../main_window.py" line="248"/>
        <source>&amp;Vergelijken (%d)…</source>
        <translation>&amp;Compare (%d)…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="263"/>
        <source>Over Wat Werkt</source>
        <translation>About Wat Werkt</translation>
    </message>
</context>
<context>
    <name>PlanItemsModel</name>
    <message>
        <location filename="../plan_items.py" line="57"/>
        <source> (lokale activiteit)</source>
        <translation> (local activity)</translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <location filename="../plan_panel.py" line="80"/>
        <source>Context en probleemstelling</source>
        <translation>Context and problem statement</translation>
    </message>
    <message>
        <location filename="../plan_panel.py" line="85"/>
        <source>Onderdelen van het plan</source>
        <translation>Items of the plan</translation>
    </message>
    <message>
        <location filename="../plan_panel.py" line="89"/>
        <location filename="../plan_panel.py" line="288"/>
        <location filename="../plan_panel.py" line="329"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../plan_panel.py" line="90"/>
        <source>Onderdelen</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../plan_panel.py" line="91"/>
        <source>Dekking en hiaten</source>
        <translation>Coverage and gaps</translation>
    </message>
    <message>
        <location filename="../plan_panel.py" line="109"/>
        <source>Plan kiezen</source>
        <translation>Choose plan</translation>
    </message>
    <message>
        <location filename="../plan_panel.py" line="112"/>
        <source>Nieuw plan</source>
        <translation>New plan</translation>
    </message>
    <message>
        <location filename="../plan_panel.py" line="115"/>
        <source>Leeg plan</source>
        <translation>Empty plan</translation>
    </message>
    <message>
        <location filename="../plan_panel.py" line="120"/>
        <source>Exporteren</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../plan_panel.py" line="129"/>
        <source>Dupliceren</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location filename="../plan_panel.py" line="130"/>
        <location filename="../plan_panel.py" line="157"/>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../plan_panel.py" line="131"/>
        <source>Openen…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <location filename="../plan_panel.py" line="132"/>
        <source>Delen…</source>
        <translation>Share…</translation>
    </message>
    <message>
        <location filename="../plan_panel.py" line="139"/>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../plan_panel.py" line="139"/>
        <source>&amp;Organisatie of gemeente:</source>
        <translation>&amp;Organisation or municipality:</translation>
    </message>
    <message>
        <location filename="../plan_panel.py" line="140"/>
        <source>&amp;Periode:</source>
        <translation>P&amp;eriod:</translation>
    </message>
    <message>
        <location filename="../plan_panel.py" line="140"/>
        <source>&amp;Auteur:</source>
        <translation>&amp;Author:</translation>
    </message>
    <message>
        <location filename="../plan_panel.py" line="143"/>
        <source>&amp;Context (Markdown):</source>
        <translation>&amp;Context (Markdown):</translation>
    </message>
    <message>
        <location filename="../plan_panel.py" line="144"/>
        <source>Prioriteiten:</source>
        <translation>Priorities:</translation>
    </message>
    <message>
        <location filename="../plan_panel.py" line="153"/>
        <source>Omhoog</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../plan_panel.py" line="154"/>
        <source>Onderdeel omhoog (Ctrl+Shift+Up)</source>
        <translation>Move item up (Ctrl+Shift+Up)</translation>
    </message>
    <message>
        <location filename="../plan_panel.py" line="155"/>
        <source>Omlaag</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../plan_panel.py" line="156"/>
        <source>Onderdeel omlaag (Ctrl+Shift+Down)</source>
        <translation>Move item down (Ctrl+Shift+Down)</translation>
    </message>
    <message>
        <location filename="../plan_panel.py" line="158"/>
        <source>Lokale activiteit…</source>
        <translation>Local activity…</translation>
    </message>
    <message>
        <location filename="../plan_panel.py" line="247"/>
        <source>nieuw plan</source>
        <translation>new plan</translation>
    </message>
    <message>
        <location filename="../plan_panel.py" line="254"/>
        <source>plan dupliceren</source>
        <translation>duplicate plan</translation>
    </message>
    <message>
        <location filename="../plan_panel.py" line="260"/>
        <source>Plan verwijderen</source>
        <translation>Delete plan</translation>
    </message>
    <message>
        <location filename="../plan_panel.py" line="261"/>
        <source>Plan ‘%s’ verwijderen? U kunt dit ongedaan maken met Ctrl+Z.</source>
        <translation>Delete plan ‘%s’? You can undo this with Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../plan_panel.py" line="265"/>
        <source>plan verwijderen</source>
        <translation>delete plan</translation>
    </message>
    <message>
        <location filename="../plan_panel.py" line="275"/>
        <source>context wijzigen</source>
        <translation>change context</translation>
    </message>
    <message>
        <location filename="../plan_panel.py" line="286"/>
        <source>plan wijzigen</source>
        <translation>change plan</translation>
    </message>
    <message>
        <location filename="../plan_panel.py" line="300"/>
        <source>prioriteiten wijzigen</source>
        <translation>change priorities</translation>
    </message>
    <message>
        <location filename="../plan_panel.py" line="327"/>
        <source>onderdeel wijzigen</source>
        <translation>change item</translation>
    </message>
    <message>
        <location filename="../plan_panel.py" line="337"/>
        <source>Toevoegen aan plan</source>
        <translation>Add to plan</translation>
    </message>
    <message>
        <location filename="../plan_panel.py" line="339"/>
        <source>toevoegen aan plan</source>
        <translation>add to plan</translation>
    </message>
    <message>
        <location filename="../plan_panel.py" line="344"/>
        <source>Lokale activiteit</source>
        <translation>Local activity</translation>
    </message>
    <message>
        <location filename="../plan_panel.py" line="345"/>
        <source>Naam van de activiteit:</source>
        <translation>Name of the activity:</translation>
    </message>
    <message>
        <location filename="../plan_panel.py" line="348"/>
        <source>activiteit toevoegen</source>
        <translation>add activity</translation>
    </message>
    <message>
        <location filename="../plan_panel.py" line="356"/>
        <source>volgorde wijzigen</source>
        <translation>reorder</translation>
    </message>
    <message>
        <location filename="../plan_panel.py" line="362"/>
        <source>onderdeel verwijderen</source>
        <translation>remove item</translation>
    </message>
    <message>
        <location filename="../plan_io.py" line="19"/>
        <source>Word (.docx)</source>
        <translation>Word (.docx)</translation>
    </message>
    <message>
        <location filename="../plan_io.py" line="21"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../plan_io.py" line="23"/>
        <source>Markdown (.md)</source>
        <translation>Markdown (.md)</translation>
    </message>
    <message>
        <location filename="../plan_io.py" line="25"/>
        <source>Webpagina (.html)</source>
        <translation>Web page (.html)</translation>
    </message>
    <message>
        <location filename="../plan_io.py" line="27"/>
        <source>Workshopkit, Word</source>
        <translation>Workshop kit, Word</translation>
    </message>
    <message>
        <location filename="../plan_io.py" line="29"/>
        <source>Workshopkit, PDF</source>
        <translation>Workshop kit, PDF</translation>
    </message>
</context>
<context>
    <name>PlanSharing</name>
    <message>
        <location filename="../plan_sharing.py" line="28"/>
        <source>Er is nog geen plan om te exporteren.</source>
        <translation>There is no plan to export yet.</translation>
    </message>
    <message>
        <location filename="../plan_sharing.py" line="35"/>
        <source>Exporteren als %s</source>
        <translation>Export as %s</translation>
    </message>
    <message>
        <location filename="../plan_sharing.py" line="39"/>
        <source>Het plan is geëxporteerd.</source>
        <translation>The plan has been exported.</translation>
    </message>
    <message>
        <location filename="../plan_sharing.py" line="51"/>
        <source>Plan delen</source>
        <translation>Share plan</translation>
    </message>
    <message>
        <location filename="../plan_sharing.py" line="53"/>
        <location filename="../plan_sharing.py" line="62"/>
        <source>Wat Werkt-plan (*.wwplan)</source>
        <translation>Wat Werkt plan (*.wwplan)</translation>
    </message>
    <message>
        <location filename="../plan_sharing.py" line="57"/>
        <source>Opgeslagen. Geef dit bestand aan een collega; die opent het met Plan → Openen…</source>
        <translation>Saved. Give this file to a colleague, who opens it with Plan → Open…</translation>
    </message>
    <message>
        <location filename="../plan_sharing.py" line="61"/>
        <location filename="../plan_sharing.py" line="86"/>
        <source>Plan openen</source>
        <translation>Open plan</translation>
    </message>
    <message>
        <location filename="../plan_sharing.py" line="71"/>
        <source>‘%1’ (%2) met %3 onderdelen en %4 prioriteiten.</source>
        <translation>‘%1’ (%2) with %3 items and %4 priorities.</translation>
    </message>
    <message>
        <location filename="../plan_sharing.py" line="81"/>
        <source>plan openen</source>
        <translation>open plan</translation>
    </message>
    <message>
        <location filename="../plan_sharing.py" line="88"/>
        <source>Dit plan staat al in uw lijst: %s
Wat wilt u doen?</source>
        <translation>This plan is already in your list: %s
What do you want to do?</translation>
    </message>
    <message>
        <location filename="../plan_sharing.py" line="89"/>
        <source>Vervangen</source>
        <translation>Replace</translation>
    </message>
    <message>
        <location filename="../plan_sharing.py" line="90"/>
        <source>Als kopie openen</source>
        <translation>Open as a copy</translation>
    </message>
    <message>
        <location filename="../plan_sharing.py" line="92"/>
        <source>Dit plan openen? %s</source>
        <translation>Open this plan? %s</translation>
    </message>
    <message>
        <location filename="../plan_sharing.py" line="93"/>
        <source>Openen</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../plan_sharing.py" line="108"/>
        <location filename="../plan_sharing.py" line="110"/>
        <location filename="../plan_sharing.py" line="115"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../plan_sharing.py" line="111"/>
        <source>Het bestand kon niet worden gelezen of geschreven (%s). Er is niets gewijzigd.</source>
        <translation>The file could not be read or written (%s). Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../dialogs.py" line="53"/>
        <source>Voorkeuren</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="55"/>
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="56"/>
        <source>Systeemtaal (Nederlands, of Engels op een Engels systeem)</source>
        <translation>System language (Dutch, or English on an English system)</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="62"/>
        <source>&amp;Taal:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="63"/>
        <source>Een andere taal wordt actief nadat u Wat Werkt opnieuw start.</source>
        <translation>A different language takes effect after you restart Wat Werkt.</translation>
    </message>
</context>
<context>
    <name>PrioritiesEditor</name>
    <message>
        <location filename="../plan_priorities.py" line="28"/>
        <source>Waarom is dit hier een prioriteit?</source>
        <translation>Why is this a priority here?</translation>
    </message>
    <message>
        <location filename="../plan_priorities.py" line="29"/>
        <source>Toelichting bij %s</source>
        <translation>Rationale for %s</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <location filename="../models.py" line="49"/>
        <source>★ favoriet</source>
        <translation>★ favourite</translation>
    </message>
    <message>
        <location filename="../models.py" line="51"/>
        <source>✎ notitie</source>
        <translation>✎ note</translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <location filename="../search_view.py" line="35"/>
        <source>Relevantie</source>
        <translation>Relevance</translation>
    </message>
    <message>
        <location filename="../search_view.py" line="36"/>
        <source>Bewijsniveau</source>
        <translation>Evidence level</translation>
    </message>
    <message>
        <location filename="../search_view.py" line="37"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../search_view.py" line="53"/>
        <source>Zoek op probleem, doelgroep of naam… (Ctrl+F)</source>
        <translation>Search for a problem, target group or name… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../search_view.py" line="54"/>
        <source>Zoeken</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../search_view.py" line="57"/>
        <source>Zoekveld leegmaken</source>
        <translation>Clear the search field</translation>
    </message>
    <message>
        <location filename="../search_view.py" line="59"/>
        <source>Sorteren op</source>
        <translation>Sort by</translation>
    </message>
    <message>
        <location filename="../search_view.py" line="73"/>
        <source>Resultaten</source>
        <translation>Results</translation>
    </message>
    <message>
        <location filename="../search_view.py" line="93"/>
        <source>Zoeksuggestie</source>
        <translation>Search suggestion</translation>
    </message>
    <message>
        <location filename="../search_view.py" line="95"/>
        <location filename="../search_view.py" line="181"/>
        <source>Filters wissen</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location filename="../search_view.py" line="97"/>
        <source>Tips: gebruik minder of andere woorden, zoek op een doelgroep (‘ouderen’) of een probleem (‘eenzaamheid’), of begin bij een thema op de startpagina.</source>
        <translation>Tips: use fewer or other words, search for a target group (‘ouderen’, older people) or a problem (‘eenzaamheid’, loneliness), or start from a theme on the start page. The library is in Dutch, so Dutch words find most.</translation>
    </message>
    <message>
        <location filename="../search_view.py" line="103"/>
        <source>Naar de startpagina</source>
        <translation>Go to the start page</translation>
    </message>
    <message>
        <location filename="../search_view.py" line="117"/>
        <source>&amp;Sorteer:</source>
        <translation>S&amp;ort:</translation>
    </message>
    <message>
        <location filename="../search_view.py" line="171"/>
        <source>Geen resultaten voor ‘%s’.</source>
        <translation>No results for ‘%s’.</translation>
    </message>
    <message>
        <location filename="../search_view.py" line="172"/>
        <source>Geen resultaten met deze filters.</source>
        <translation>No results with these filters.</translation>
    </message>
    <message>
        <location filename="../search_view.py" line="176"/>
        <source>Bedoelde u: %s?</source>
        <translation>Did you mean: %s?</translation>
    </message>
    <message>
        <location filename="../search_view.py" line="180"/>
        <source>Zoek zonder filters</source>
        <translation>Search without filters</translation>
    </message>
    <message numerus="yes">
        <location filename="../search_view.py" line="185"/>
        <source>%n interventie(s)</source>
        <translation>
            <numerusform>%n intervention</numerusform>
            <numerusform>%n interventions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../search_view.py" line="187"/>
        <source>Startpagina — %s in de bibliotheek</source>
        <translation>Start page — %s in the library</translation>
    </message>
    <message>
        <location filename="../search_view.py" line="189"/>
        <source>Geen resultaten voor ‘%1’; dit zijn de resultaten voor ‘%2’: %3</source>
        <translation>No results for ‘%1’; showing results for ‘%2’: %3</translation>
    </message>
    <message>
        <location filename="../search_view.py" line="193"/>
        <source>%s — ook resultaten zonder alle woorden (onderaan)</source>
        <translation>%s — including results without all words (at the bottom)</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <location filename="../side_panel.py" line="28"/>
        <source>Favorieten</source>
        <translation>Favourites</translation>
    </message>
    <message>
        <location filename="../side_panel.py" line="32"/>
        <source>Wat werkt</source>
        <translation>What works</translation>
    </message>
    <message>
        <location filename="../side_panel.py" line="33"/>
        <source>&amp;Filters</source>
        <translation>&amp;Filters</translation>
    </message>
    <message>
        <location filename="../side_panel.py" line="34"/>
        <source>F&amp;avorieten</source>
        <translation>F&amp;avourites</translation>
    </message>
    <message>
        <location filename="../side_panel.py" line="35"/>
        <source>&amp;Wat werkt</source>
        <translation>&amp;What works</translation>
    </message>
</context>
<context>
    <name>StartView</name>
    <message>
        <location filename="../start_view.py" line="50"/>
        <source>Startpagina</source>
        <translation>Start page</translation>
    </message>
    <message>
        <location filename="../start_view.py" line="58"/>
        <source>Thema’s</source>
        <translation>Themes</translation>
    </message>
    <message>
        <location filename="../start_view.py" line="59"/>
        <source>Vier voorwaarden van sociale kwaliteit</source>
        <translation>Four conditions of social quality</translation>
    </message>
    <message>
        <location filename="../start_view.py" line="81"/>
        <source>Wat werkt in de sociale basis?</source>
        <translation>What works in the social base?</translation>
    </message>
    <message numerus="yes">
        <location filename="../start_view.py" line="82"/>
        <source>%n interventie(s) en %1 wat-werkt-pagina’s, allemaal offline. Begin met een thema, een voorwaarde of een zoekvraag.</source>
        <translation>
            <numerusform>%n intervention and %1 what-works pages, all offline. Start with a theme, a condition or a search.</numerusform>
            <numerusform>%n interventions and %1 what-works pages, all offline. Start with a theme, a condition or a search.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../start_view.py" line="99"/>
        <source>Zoeken</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../start_view.py" line="99"/>
        <source>Typ een probleem, doelgroep of naam (Ctrl+F)</source>
        <translation>Type a problem, target group or name (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../start_view.py" line="101"/>
        <source>Wat werkt</source>
        <translation>What works</translation>
    </message>
    <message>
        <location filename="../start_view.py" line="101"/>
        <source>Lees de werkzame mechanismen achter de interventies (Ctrl+5)</source>
        <translation>Read the mechanisms that make the interventions work (Ctrl+5)</translation>
    </message>
    <message>
        <location filename="../start_view.py" line="103"/>
        <source>Actieplan</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <location filename="../start_view.py" line="103"/>
        <source>Stel een plan samen en zie de hiaten (Ctrl+6)</source>
        <translation>Put a plan together and see its gaps (Ctrl+6)</translation>
    </message>
    <message>
        <location filename="../start_view.py" line="138"/>
        <source>Recent nagekeken in de bibliotheek</source>
        <translation>Recently checked in the library</translation>
    </message>
    <message>
        <location filename="../start_view.py" line="148"/>
        <source>Recent nagekeken</source>
        <translation>Recently checked</translation>
    </message>
    <message>
        <location filename="../start_view.py" line="151"/>
        <source>Alle interventies bekijken</source>
        <translation>Show all interventions</translation>
    </message>
    <message>
        <location filename="../start_view.py" line="152"/>
        <source>De hele bibliotheek als lijst</source>
        <translation>The whole library as a list</translation>
    </message>
</context>
<context>
    <name>UpdateDialog</name>
    <message>
        <location filename="../library_update.py" line="71"/>
        <source>Bibliotheek bijwerken</source>
        <translation>Update library</translation>
    </message>
    <message>
        <location filename="../library_update.py" line="74"/>
        <source>Het pakket is gecontroleerd: bibliotheek %1 met %2 interventies. Dit verandert er:</source>
        <translation>The pack has been checked: library %1 with %2 interventions. This is what changes:</translation>
    </message>
    <message>
        <location filename="../library_update.py" line="80"/>
        <source>Wijzigingen</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location filename="../library_update.py" line="81"/>
        <source>Wat Werkt opent daarna opnieuw met de nieuwe bibliotheek. Uw favorieten, notities en plannen blijven bewaard.</source>
        <translation>Wat Werkt then reopens with the new library. Your favourites, notes and plans are kept.</translation>
    </message>
    <message>
        <location filename="../library_update.py" line="85"/>
        <source>&amp;Installeren</source>
        <translation>&amp;Install</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../library_update.py" line="110"/>
        <source>Bibliotheekpakket (*.wwpack)</source>
        <translation>Library pack (*.wwpack)</translation>
    </message>
    <message>
        <location filename="../library_update.py" line="133"/>
        <source>Terug naar vorige bibliotheek</source>
        <translation>Back to previous library</translation>
    </message>
    <message>
        <location filename="../library_update.py" line="136"/>
        <source>Er is geen vorige bibliotheek: u gebruikt de meegeleverde bibliotheek.</source>
        <translation>There is no previous library: you are using the library that came with the program.</translation>
    </message>
    <message>
        <location filename="../library_update.py" line="139"/>
        <source>Terug naar de bibliotheek van vóór de laatste update? Wat Werkt opent daarna opnieuw; uw favorieten, notities en plannen blijven bewaard.</source>
        <translation>Go back to the library from before the last update? Wat Werkt then reopens; your favourites, notes and plans are kept.</translation>
    </message>
</context>
</TS>
