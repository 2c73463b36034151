<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name>ActionsTable</name>
    <message>
        <location filename="../plan_items.py" line="147"/>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../plan_items.py" line="147"/>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../plan_items.py" line="147"/>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../plan_items.py" line="154"/>
        <source>Acties: wat, wie, wanneer</source>
        <translation>Actions: what, who, when</translation>
    </message>
</context>
<context>
    <name>ChipBar</name>
    <message>
        <location filename="../chips.py" line="31"/>
        <source>Filter verwijderen</source>
        <translation>Remove filter</translation>
    </message>
    <message>
        <location filename="../chips.py" line="32"/>
        <source>Filter %s verwijderen</source>
        <translation>Remove filter %s</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../dialogs.py" line="31"/>
        <source>Interventies vergelijken</source>
        <translation>Compare interventions</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="35"/>
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
        <location filename="../detail_pane.py" line="56"/>
        <source>Terug (Alt+Links)</source>
        <translation>Back (Alt+Left)</translation>
    </message>
    <message>
        <location filename="../detail_pane.py" line="57"/>
        <source>Vooruit (Alt+Rechts)</source>
        <translation>Forward (Alt+Right)</translation>
    </message>
    <message>
        <location filename="../detail_pane.py" line="60"/>
        <location filename="../detail_pane.py" line="197"/>
        <source>☆ Favoriet</source>
        <translation>☆ Favourite</translation>
    </message>
    <message>
        <location filename="../detail_pane.py" line="61"/>
        <source>Favoriet aan/uit (Ctrl+D)</source>
        <translation>Toggle favourite (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../detail_pane.py" line="65"/>
        <location filename="../detail_pane.py" line="74"/>
        <source>Toevoegen aan vergelijking</source>
        <translation>Add to comparison</translation>
    </message>
    <message>
        <location filename="../detail_pane.py" line="66"/>
        <source>Toevoegen aan vergelijking (Ctrl+Shift+C)</source>
        <translation>Add to comparison (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <location filename="../detail_pane.py" line="71"/>
        <source>Favoriet</source>
        <translation>Favourite</translation>
    </message>
    <message>
        <location filename="../detail_pane.py" line="84"/>
        <source>Beschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../detail_pane.py" line="86"/>
        <source>Mijn &amp;notitie (alleen voor u, Markdown mag):</source>
        <translation>My &amp;note (private; Markdown allowed):</translation>
    </message>
    <message>
        <location filename="../detail_pane.py" line="88"/>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../detail_pane.py" line="89"/>
        <source>Schrijf hier uw eigen aantekeningen…</source>
        <translation>Write your own notes here…</translation>
    </message>
    <message>
        <location filename="../detail_pane.py" line="148"/>
        <source>&lt;h2&gt;Kies een interventie&lt;/h2&gt;&lt;p&gt;Zoek links op een probleem, doelgroep of naam en kies een resultaat.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Choose an intervention&lt;/h2&gt;&lt;p&gt;Search on the left for a problem, target group or name and choose a result.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../detail_pane.py" line="165"/>
        <source>&lt;h2&gt;%s&lt;/h2&gt;&lt;p&gt;Deze interventie staat niet meer in de bibliotheek. Uw favoriet en notitie blijven bewaard.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;%s&lt;/h2&gt;&lt;p&gt;This intervention is no longer in the library. Your favourite and note are kept.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../detail_pane.py" line="187"/>
        <source>Vergelijkbare interventies</source>
        <translation>Similar interventions</translation>
    </message>
    <message>
        <location filename="../detail_pane.py" line="197"/>
        <source>★ Favoriet</source>
        <translation>★ Favourite</translation>
    </message>
    <message>
        <location filename="../detail_pane.py" line="219"/>
        <source>Link openen</source>
        <translation>Open link</translation>
    </message>
    <message>
        <location filename="../detail_pane.py" line="220"/>
        <source>Deze link opent in uw webbrowser (daarvoor is internet nodig):

%s

Openen?</source>
        <translation>This link opens in your web browser (this needs internet):

%s

Open it?</translation>
    </message>
</context>
<context>
    <name>FacetModel</name>
    <message>
        <location filename="../models.py" line="29"/>
        <source>Thema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../models.py" line="30"/>
        <source>Voorwaarde</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location filename="../models.py" line="31"/>
        <source>Niveau sociale basis</source>
        <translation>Level of the social base</translation>
    </message>
    <message>
        <location filename="../models.py" line="32"/>
        <source>Doelgroep</source>
        <translation>Target group</translation>
    </message>
    <message>
        <location filename="../models.py" line="33"/>
        <source>Bewijsniveau</source>
        <translation>Evidence level</translation>
    </message>
    <message>
        <location filename="../models.py" line="34"/>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message numerus="yes">
        <location filename="../models.py" line="176"/>
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
        <location filename="../models.py" line="233"/>
        <source>%s — niet meer in de bibliotheek</source>
        <translation>%s — no longer in the library</translation>
    </message>
    <message>
        <location filename="../models.py" line="237"/>
        <source>Deze interventie staat niet meer in de bibliotheek; uw favoriet blijft bewaard.</source>
        <translation>This intervention is no longer in the library; your favourite is kept.</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <location filename="../filter_panel.py" line="25"/>
        <source>Filters</source>
        <translation>Filters</translation>
    </message>
    <message>
        <location filename="../filter_panel.py" line="28"/>
        <source>Minimaal bewijsniveau</source>
        <translation>Minimum evidence level</translation>
    </message>
    <message>
        <location filename="../filter_panel.py" line="29"/>
        <source>Elk bewijsniveau</source>
        <translation>Any evidence level</translation>
    </message>
    <message>
        <location filename="../filter_panel.py" line="32"/>
        <source>ten minste %s</source>
        <translation>at least %s</translation>
    </message>
    <message>
        <location filename="../filter_panel.py" line="33"/>
        <source>Wis filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location filename="../filter_panel.py" line="34"/>
        <source>&amp;Bewijs:</source>
        <translation>&amp;Evidence:</translation>
    </message>
</context>
<context>
    <name>ItemForm</name>
    <message>
        <location filename="../plan_item_form.py" line="50"/>
        <source>Waarom afgewezen of nog in overweging?</source>
        <translation>Why rejected or still under consideration?</translation>
    </message>
    <message>
        <location filename="../plan_item_form.py" line="52"/>
        <source>Waarom deze interventie, hier en nu?</source>
        <translation>Why this intervention, here and now?</translation>
    </message>
    <message>
        <location filename="../plan_item_form.py" line="63"/>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../plan_item_form.py" line="64"/>
        <source>Actie toevoegen (Insert)</source>
        <translation>Add action (Insert)</translation>
    </message>
    <message>
        <location filename="../plan_item_form.py" line="65"/>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../plan_item_form.py" line="66"/>
        <source>Actie verwijderen (Ctrl+Delete)</source>
        <translation>Remove action (Ctrl+Delete)</translation>
    </message>
    <message>
        <location filename="../plan_item_form.py" line="108"/>
        <source>Waarom</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../plan_item_form.py" line="109"/>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location filename="../plan_item_form.py" line="110"/>
        <source>&amp;Reden:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location filename="../plan_item_form.py" line="111"/>
        <source>Waarom geko&amp;zen:</source>
        <translation>Wh&amp;y chosen:</translation>
    </message>
    <message>
        <location filename="../plan_item_form.py" line="112"/>
        <source>Voor wie en waar</source>
        <translation>For whom and where</translation>
    </message>
    <message>
        <location filename="../plan_item_form.py" line="113"/>
        <source>&amp;Voorwaarden:</source>
        <translation>&amp;Conditions:</translation>
    </message>
    <message>
        <location filename="../plan_item_form.py" line="114"/>
        <source>&amp;Niveaus:</source>
        <translation>&amp;Levels:</translation>
    </message>
    <message>
        <location filename="../plan_item_form.py" line="115"/>
        <source>&amp;Doelgroepen:</source>
        <translation>Target gr&amp;oups:</translation>
    </message>
    <message>
        <location filename="../plan_item_form.py" line="116"/>
        <source>Acties</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../plan_item_form.py" line="117"/>
        <source>A&amp;cties:</source>
        <translation>Actio&amp;ns:</translation>
    </message>
    <message>
        <location filename="../plan_item_form.py" line="119"/>
        <source>Partner en budget</source>
        <translation>Partner and budget</translation>
    </message>
    <message>
        <location filename="../plan_item_form.py" line="120"/>
        <source>Partn&amp;er:</source>
        <translation>Partner organi&amp;zation:</translation>
    </message>
    <message>
        <location filename="../plan_item_form.py" line="121"/>
        <source>B&amp;udget:</source>
        <translation>&amp;Budget:</translation>
    </message>
    <message>
        <location filename="../plan_item_form.py" line="122"/>
        <source>Toe&amp;lichting budget:</source>
        <translation>Budget &amp;details:</translation>
    </message>
    <message>
        <location filename="../plan_item_form.py" line="123"/>
        <source>Meten</source>
        <translation>Measuring</translation>
    </message>
    <message>
        <location filename="../plan_item_form.py" line="124"/>
        <source>Indicat&amp;or:</source>
        <translation>Indicator (&amp;measure):</translation>
    </message>
    <message>
        <location filename="../plan_item_form.py" line="73"/>
        <source>geen bedrag</source>
        <translation>no amount</translation>
    </message>
    <message>
        <location filename="../plan_item_form.py" line="77"/>
        <source>Waaraan zien we dat het werkt?</source>
        <translation>How will we see that it works?</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="61"/>
        <source>Favorieten</source>
        <translation>Favourites</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="62"/>
        <source>Wat werkt</source>
        <translation>What works</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="64"/>
        <source>&amp;Filters</source>
        <translation>&amp;Filters</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="65"/>
        <source>F&amp;avorieten</source>
        <translation>F&amp;avourites</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="66"/>
        <location filename="../menus.py" line="68"/>
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
        <source>&amp;Terug</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location filename="../menus.py" line="56"/>
        <source>&amp;Vooruit</source>
        <translation>&amp;Forward</translation>
    </message>
    <message>
        <location filename="../menus.py" line="58"/>
        <source>&amp;Resultaten</source>
        <translation>&amp;Results</translation>
    </message>
    <message>
        <location filename="../menus.py" line="61"/>
        <source>&amp;Beschrijving</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <location filename="../menus.py" line="64"/>
        <source>&amp;Notitie</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <location filename="../menus.py" line="66"/>
        <source>&amp;Favorieten</source>
        <translation>F&amp;avourites</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="58"/>
        <location filename="../menus.py" line="72"/>
        <source>&amp;Interventie</source>
        <translation>&amp;Intervention</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="59"/>
        <source>Actie&amp;plan</source>
        <translation>Action &amp;plan</translation>
    </message>
    <message>
        <location filename="../menus.py" line="70"/>
        <source>&amp;Actieplan</source>
        <translation>&amp;Action plan</translation>
    </message>
    <message>
        <location filename="../menus.py" line="75"/>
        <source>Toevoegen aan &amp;plan</source>
        <translation>Add to &amp;plan</translation>
    </message>
    <message>
        <location filename="../menus.py" line="81"/>
        <source>&amp;Vergelijken…</source>
        <translation>&amp;Compare…</translation>
    </message>
    <message>
        <location filename="../menus.py" line="84"/>
        <source>Vergelijking &amp;leegmaken</source>
        <translation>C&amp;lear comparison</translation>
    </message>
    <message>
        <location filename="../menus.py" line="86"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../menus.py" line="87"/>
        <source>&amp;Over Wat Werkt</source>
        <translation>&amp;About Wat Werkt</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="135"/>
        <source>Zoeken lukte niet; probeer andere woorden.</source>
        <translation>The search failed; try other words.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="200"/>
        <source>Toegevoegd aan plan ‘%s’</source>
        <translation>Added to plan ‘%s’</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="212"/>
        <source>Vergelijken</source>
        <translation>Compare</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="213"/>
        <source>U kunt hooguit vier interventies vergelijken. Maak de vergelijking eerst leeg.</source>
        <translation>You can compare at most four interventions. Clear the comparison first.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="225"/>
        <source>&amp;Vergelijken (%d)…</source>
        <translation>&amp;Compare (%d)…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="240"/>
        <source>Over Wat Werkt</source>
        <translation>About Wat Werkt</translation>
    </message>
</context>
<context>
    <name>PlanAutosave</name>
    <message>
        <location filename="../plan_autosave.py" line="78"/>
        <source>tekst wijzigen</source>
        <translation>edit text</translation>
    </message>
    <message>
        <location filename="../plan_autosave.py" line="124"/>
        <source>prioriteiten wijzigen</source>
        <translation>change priorities</translation>
    </message>
</context>
<context>
    <name>PlanItemsModel</name>
    <message>
        <location filename="../plan_items.py" line="59"/>
        <source> (lokale activiteit)</source>
        <translation> (local activity)</translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <location filename="../plan_panel.py" line="101"/>
        <source>Context en probleemstelling</source>
        <translation>Context and problem statement</translation>
    </message>
    <message>
        <location filename="../plan_panel.py" line="106"/>
        <source>Onderdelen van het plan</source>
        <translation>Items of the plan</translation>
    </message>
    <message>
        <location filename="../plan_panel.py" line="110"/>
        <location filename="../plan_panel.py" line="382"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../plan_panel.py" line="111"/>
        <source>Onderdelen</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../plan_panel.py" line="112"/>
        <source>Dekking en hiaten</source>
        <translation>Coverage and gaps</translation>
    </message>
    <message>
        <location filename="../plan_panel.py" line="130"/>
        <source>Plan kiezen</source>
        <translation>Choose plan</translation>
    </message>
    <message>
        <location filename="../plan_panel.py" line="133"/>
        <source>Nieuw plan</source>
        <translation>New plan</translation>
    </message>
    <message>
        <location filename="../plan_panel.py" line="136"/>
        <source>Leeg plan</source>
        <translation>Empty plan</translation>
    </message>
    <message>
        <location filename="../plan_panel.py" line="141"/>
        <source>Exporteren</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../plan_panel.py" line="150"/>
        <source>Dupliceren</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location filename="../plan_panel.py" line="151"/>
        <location filename="../plan_panel.py" line="182"/>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../plan_panel.py" line="152"/>
        <source>Openen…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <location filename="../plan_panel.py" line="153"/>
        <source>Delen…</source>
        <translation>Share…</translation>
    </message>
    <message>
        <location filename="../plan_panel.py" line="162"/>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../plan_panel.py" line="162"/>
        <source>&amp;Organisatie of gemeente:</source>
        <translation>&amp;Organisation or municipality:</translation>
    </message>
    <message>
        <location filename="../plan_panel.py" line="163"/>
        <source>Pe&amp;riode:</source>
        <translation>Perio&amp;d:</translation>
    </message>
    <message>
        <location filename="../plan_panel.py" line="163"/>
        <source>A&amp;uteur:</source>
        <translation>A&amp;uthor:</translation>
    </message>
    <message>
        <location filename="../plan_panel.py" line="166"/>
        <source>&amp;Context en probleemstelling (Markdown):</source>
        <translation>&amp;Context and problem statement (Markdown):</translation>
    </message>
    <message>
        <location filename="../plan_panel.py" line="167"/>
        <source>Priorit&amp;eiten:</source>
        <translation>P&amp;riorities:</translation>
    </message>
    <message>
        <location filename="../plan_panel.py" line="178"/>
        <source>Omhoog</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../plan_panel.py" line="179"/>
        <source>Onderdeel omhoog (Ctrl+Shift+Up)</source>
        <translation>Move item up (Ctrl+Shift+Up)</translation>
    </message>
    <message>
        <location filename="../plan_panel.py" line="180"/>
        <source>Omlaag</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../plan_panel.py" line="181"/>
        <source>Onderdeel omlaag (Ctrl+Shift+Down)</source>
        <translation>Move item down (Ctrl+Shift+Down)</translation>
    </message>
    <message>
        <location filename="../plan_panel.py" line="183"/>
        <source>Lokale activiteit…</source>
        <translation>Local activity…</translation>
    </message>
    <message>
        <location filename="../plan_panel.py" line="325"/>
        <source>nieuw plan</source>
        <translation>new plan</translation>
    </message>
    <message>
        <location filename="../plan_panel.py" line="333"/>
        <source>plan dupliceren</source>
        <translation>duplicate plan</translation>
    </message>
    <message>
        <location filename="../plan_panel.py" line="340"/>
        <source>Plan verwijderen</source>
        <translation>Delete plan</translation>
    </message>
    <message>
        <location filename="../plan_panel.py" line="341"/>
        <source>Plan ‘%s’ verwijderen? U kunt dit ongedaan maken met Ctrl+Z.</source>
        <translation>Delete plan ‘%s’? You can undo this with Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../plan_panel.py" line="345"/>
        <source>plan verwijderen</source>
        <translation>delete plan</translation>
    </message>
    <message>
        <location filename="../plan_panel.py" line="380"/>
        <source>onderdeel wijzigen</source>
        <translation>change item</translation>
    </message>
    <message>
        <location filename="../plan_panel.py" line="391"/>
        <source>Toevoegen aan plan</source>
        <translation>Add to plan</translation>
    </message>
    <message>
        <location filename="../plan_panel.py" line="393"/>
        <source>toevoegen aan plan</source>
        <translation>add to plan</translation>
    </message>
    <message>
        <location filename="../plan_panel.py" line="399"/>
        <source>Lokale activiteit</source>
        <translation>Local activity</translation>
    </message>
    <message>
        <location filename="../plan_panel.py" line="400"/>
        <source>Naam van de activiteit:</source>
        <translation>Name of the activity:</translation>
    </message>
    <message>
        <location filename="../plan_panel.py" line="404"/>
        <source>activiteit toevoegen</source>
        <translation>add activity</translation>
    </message>
    <message>
        <location filename="../plan_panel.py" line="413"/>
        <source>volgorde wijzigen</source>
        <translation>reorder</translation>
    </message>
    <message>
        <location filename="../plan_panel.py" line="420"/>
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
        <location filename="../plan_sharing.py" line="46"/>
        <source>Er is nog geen plan om te exporteren.</source>
        <translation>There is no plan to export yet.</translation>
    </message>
    <message>
        <location filename="../plan_sharing.py" line="61"/>
        <source>Exporteren als %s</source>
        <translation>Export as %s</translation>
    </message>
    <message>
        <location filename="../plan_sharing.py" line="125"/>
        <source>Plan delen</source>
        <translation>Share plan</translation>
    </message>
    <message>
        <location filename="../plan_sharing.py" line="127"/>
        <location filename="../plan_sharing.py" line="140"/>
        <source>Wat Werkt-plan (*.wwplan)</source>
        <translation>Wat Werkt plan (*.wwplan)</translation>
    </message>
    <message>
        <location filename="../plan_sharing.py" line="67"/>
        <source>Het plan is geëxporteerd naar:</source>
        <translation>The plan was exported to:</translation>
    </message>
    <message>
        <location filename="../plan_sharing.py" line="73"/>
        <location filename="../plan_sharing.py" line="78"/>
        <source>Workshopkit</source>
        <translation>Workshop kit</translation>
    </message>
    <message>
        <location filename="../plan_sharing.py" line="74"/>
        <source>Dit plan heeft nog geen interventies uit de bibliotheek, dus de kit zou leeg zijn. Voeg eerst interventies toe (Ctrl+Shift+P) en zet ze op ‘Gekozen’. Er is niets opgeslagen.</source>
        <translation>This plan has no interventions from the library yet, so the kit would be empty. Add interventions first (Ctrl+Shift+P) and set them to ‘Chosen’. Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../plan_sharing.py" line="79"/>
        <source>Nog geen enkele interventie staat op ‘Gekozen’, dus de kit zou geen factsheets hebben. Wilt u de interventies die op ‘Overwogen’ staan meenemen, of eerst terug naar het plan om te kiezen?</source>
        <translation>No intervention is set to ‘Chosen’ yet, so the kit would have no fact sheets. Include the interventions set to ‘Considered’, or go back to the plan to choose first?</translation>
    </message>
    <message>
        <location filename="../plan_sharing.py" line="83"/>
        <source>&amp;Overwogen meenemen</source>
        <translation>Include &amp;considered</translation>
    </message>
    <message>
        <location filename="../plan_sharing.py" line="85"/>
        <source>&amp;Terug naar het plan</source>
        <translation>Back to the &amp;plan</translation>
    </message>
    <message>
        <location filename="../plan_sharing.py" line="104"/>
        <source>Bestand &amp;openen</source>
        <translation>&amp;Open file</translation>
    </message>
    <message>
        <location filename="../plan_sharing.py" line="105"/>
        <source>&amp;Map openen</source>
        <translation>Open &amp;folder</translation>
    </message>
    <message>
        <location filename="../plan_sharing.py" line="106"/>
        <source>&amp;Sluiten</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../plan_sharing.py" line="133"/>
        <source>Opgeslagen. Geef dit bestand aan een collega; die opent het in Wat Werkt met de knop ‘Openen…’ bovenaan het tabblad Actieplan:</source>
        <translation>Saved. Give this file to a colleague; they open it in Wat Werkt with the ‘Open…’ button at the top of the Action plan tab:</translation>
    </message>
    <message>
        <location filename="../plan_sharing.py" line="138"/>
        <location filename="../plan_sharing.py" line="165"/>
        <source>Plan openen</source>
        <translation>Open plan</translation>
    </message>
    <message>
        <location filename="../plan_sharing.py" line="150"/>
        <source>‘%1’ (%2) met %3 onderdelen en %4 prioriteiten.</source>
        <translation>‘%1’ (%2) with %3 items and %4 priorities.</translation>
    </message>
    <message>
        <location filename="../plan_sharing.py" line="160"/>
        <source>plan openen</source>
        <translation>open plan</translation>
    </message>
    <message>
        <location filename="../plan_sharing.py" line="167"/>
        <source>Dit plan staat al in uw lijst: %s
Wat wilt u doen?</source>
        <translation>This plan is already in your list: %s
What do you want to do?</translation>
    </message>
    <message>
        <location filename="../plan_sharing.py" line="168"/>
        <source>Vervangen</source>
        <translation>Replace</translation>
    </message>
    <message>
        <location filename="../plan_sharing.py" line="169"/>
        <source>Als kopie openen</source>
        <translation>Open as a copy</translation>
    </message>
    <message>
        <location filename="../plan_sharing.py" line="171"/>
        <source>Dit plan openen? %s</source>
        <translation>Open this plan? %s</translation>
    </message>
    <message>
        <location filename="../plan_sharing.py" line="172"/>
        <source>Openen</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../plan_sharing.py" line="192"/>
        <source>Het bestand kon niet worden gelezen of geschreven%1: %2. Er is niets gewijzigd; kies een andere map of naam.</source>
        <translation>The file could not be read or written%1: %2. Nothing was changed; choose another folder or name.</translation>
    </message>
    <message>
        <location filename="../plan_sharing.py" line="102"/>
        <location filename="../plan_sharing.py" line="188"/>
        <location filename="../plan_sharing.py" line="191"/>
        <location filename="../plan_sharing.py" line="198"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../dialogs.py" line="48"/>
        <source>Voorkeuren</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="50"/>
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="55"/>
        <source>&amp;Taal:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="56"/>
        <source>Een andere taal wordt actief nadat u Wat Werkt opnieuw start.</source>
        <translation>A different language takes effect after you restart Wat Werkt.</translation>
    </message>
</context>
<context>
    <name>PrioritiesEditor</name>
    <message>
        <location filename="../plan_priorities.py" line="30"/>
        <source>Waarom is dit hier een prioriteit?</source>
        <translation>Why is this a priority here?</translation>
    </message>
    <message>
        <location filename="../plan_priorities.py" line="31"/>
        <source>Toelichting bij %s</source>
        <translation>Rationale for %s</translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <location filename="../search_view.py" line="30"/>
        <source>Relevantie</source>
        <translation>Relevance</translation>
    </message>
    <message>
        <location filename="../search_view.py" line="31"/>
        <source>Bewijsniveau</source>
        <translation>Evidence level</translation>
    </message>
    <message>
        <location filename="../search_view.py" line="32"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../search_view.py" line="45"/>
        <source>Zoek op probleem, doelgroep of naam… (Ctrl+F)</source>
        <translation>Search for a problem, target group or name… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../search_view.py" line="46"/>
        <source>Zoeken</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../search_view.py" line="49"/>
        <source>Sorteren op</source>
        <translation>Sort by</translation>
    </message>
    <message>
        <location filename="../search_view.py" line="61"/>
        <source>Resultaten</source>
        <translation>Results</translation>
    </message>
    <message>
        <location filename="../search_view.py" line="82"/>
        <source>Filters wissen</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location filename="../search_view.py" line="94"/>
        <source>&amp;Sorteer:</source>
        <translation>S&amp;ort:</translation>
    </message>
    <message>
        <location filename="../search_view.py" line="139"/>
        <source>Geen resultaten voor ‘%s’.</source>
        <translation>No results for ‘%s’.</translation>
    </message>
    <message>
        <location filename="../search_view.py" line="140"/>
        <source>Geen resultaten met deze filters.</source>
        <translation>No results with these filters.</translation>
    </message>
    <message>
        <location filename="../search_view.py" line="144"/>
        <source>Bedoelde u: %s?</source>
        <translation>Did you mean: %s?</translation>
    </message>
    <message numerus="yes">
        <location filename="../search_view.py" line="150"/>
        <source>%n interventie(s)</source>
        <translation>
            <numerusform>%n intervention</numerusform>
            <numerusform>%n interventions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../search_view.py" line="152"/>
        <source>Geen resultaten voor ‘%1’; dit zijn de resultaten voor ‘%2’: %3</source>
        <translation>No results for ‘%1’; showing results for ‘%2’: %3</translation>
    </message>
    <message>
        <location filename="../search_view.py" line="156"/>
        <source>%s — ook resultaten zonder alle woorden (onderaan)</source>
        <translation>%s — including results without all words (at the bottom)</translation>
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
