<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
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
        <location filename="../dialogs.py" line="30"/>
        <source>Interventies vergelijken</source>
        <translation>Compare interventions</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="34"/>
        <source>Vergelijking</source>
        <translation>Comparison</translation>
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
        <location filename="../detail_pane.py" line="190"/>
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
        <location filename="../detail_pane.py" line="83"/>
        <source>Beschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../detail_pane.py" line="85"/>
        <source>Mijn &amp;notitie (alleen voor u, Markdown mag):</source>
        <translation>My &amp;note (private; Markdown allowed):</translation>
    </message>
    <message>
        <location filename="../detail_pane.py" line="87"/>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../detail_pane.py" line="88"/>
        <source>Schrijf hier uw eigen aantekeningen…</source>
        <translation>Write your own notes here…</translation>
    </message>
    <message>
        <location filename="../detail_pane.py" line="141"/>
        <source>&lt;h2&gt;Kies een interventie&lt;/h2&gt;&lt;p&gt;Zoek links op een probleem, doelgroep of naam en kies een resultaat.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Choose an intervention&lt;/h2&gt;&lt;p&gt;Search on the left for a problem, target group or name and choose a result.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../detail_pane.py" line="158"/>
        <source>&lt;h2&gt;%s&lt;/h2&gt;&lt;p&gt;Deze interventie staat niet meer in de bibliotheek. Uw favoriet en notitie blijven bewaard.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;%s&lt;/h2&gt;&lt;p&gt;This intervention is no longer in the library. Your favourite and note are kept.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../detail_pane.py" line="180"/>
        <source>Vergelijkbare interventies</source>
        <translation>Similar interventions</translation>
    </message>
    <message>
        <location filename="../detail_pane.py" line="190"/>
        <source>★ Favoriet</source>
        <translation>★ Favourite</translation>
    </message>
    <message>
        <location filename="../detail_pane.py" line="212"/>
        <source>Link openen</source>
        <translation>Open link</translation>
    </message>
    <message>
        <location filename="../detail_pane.py" line="213"/>
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
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="49"/>
        <source>Favorieten</source>
        <translation>Favourites</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="50"/>
        <source>Wat werkt</source>
        <translation>What works</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="52"/>
        <source>&amp;Filters</source>
        <translation>&amp;Filters</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="53"/>
        <source>F&amp;avorieten</source>
        <translation>F&amp;avourites</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="54"/>
        <location filename="../main_window.py" line="138"/>
        <source>&amp;Wat werkt</source>
        <translation>&amp;What works</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="118"/>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="119"/>
        <source>&amp;Voorkeuren…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="121"/>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="122"/>
        <source>Be&amp;werken</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="123"/>
        <source>&amp;Zoeken</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="125"/>
        <source>Zoekveld &amp;leegmaken</source>
        <translation>C&amp;lear search field</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="127"/>
        <source>&amp;Filters wissen</source>
        <translation>Clear &amp;filters</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="129"/>
        <source>&amp;Ga</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="130"/>
        <source>&amp;Terug</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="131"/>
        <source>&amp;Vooruit</source>
        <translation>&amp;Forward</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="132"/>
        <source>&amp;Resultaten</source>
        <translation>&amp;Results</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="134"/>
        <source>&amp;Beschrijving</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="136"/>
        <source>&amp;Notitie</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="137"/>
        <source>&amp;Favorieten</source>
        <translation>F&amp;avourites</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="139"/>
        <source>&amp;Interventie</source>
        <translation>&amp;Intervention</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="142"/>
        <source>&amp;Vergelijken…</source>
        <translation>&amp;Compare…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="144"/>
        <source>Vergelijking &amp;leegmaken</source>
        <translation>C&amp;lear comparison</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="145"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="146"/>
        <source>&amp;Over Wat Werkt</source>
        <translation>&amp;About Wat Werkt</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="162"/>
        <source>Zoeken lukte niet; probeer andere woorden.</source>
        <translation>The search failed; try other words.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="219"/>
        <source>Vergelijken</source>
        <translation>Compare</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="220"/>
        <source>U kunt hooguit vier interventies vergelijken. Maak de vergelijking eerst leeg.</source>
        <translation>You can compare at most four interventions. Clear the comparison first.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="232"/>
        <source>&amp;Vergelijken (%d)…</source>
        <translation>&amp;Compare (%d)…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="247"/>
        <source>Over Wat Werkt</source>
        <translation>About Wat Werkt</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../dialogs.py" line="47"/>
        <source>Voorkeuren</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="49"/>
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="54"/>
        <source>&amp;Taal:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="55"/>
        <source>Een andere taal wordt actief nadat u Wat Werkt opnieuw start.</source>
        <translation>A different language takes effect after you restart Wat Werkt.</translation>
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
        <location filename="../search_view.py" line="60"/>
        <source>Resultaten</source>
        <translation>Results</translation>
    </message>
    <message>
        <location filename="../search_view.py" line="80"/>
        <source>Filters wissen</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location filename="../search_view.py" line="92"/>
        <source>&amp;Sorteer:</source>
        <translation>S&amp;ort:</translation>
    </message>
    <message>
        <location filename="../search_view.py" line="137"/>
        <source>Geen resultaten voor ‘%s’.</source>
        <translation>No results for ‘%s’.</translation>
    </message>
    <message>
        <location filename="../search_view.py" line="138"/>
        <source>Geen resultaten met deze filters.</source>
        <translation>No results with these filters.</translation>
    </message>
    <message>
        <location filename="../search_view.py" line="142"/>
        <source>Bedoelde u: %s?</source>
        <translation>Did you mean: %s?</translation>
    </message>
    <message numerus="yes">
        <location filename="../search_view.py" line="148"/>
        <source>%n interventie(s)</source>
        <translation>
            <numerusform>%n intervention</numerusform>
            <numerusform>%n interventions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../search_view.py" line="150"/>
        <source>Geen resultaten voor ‘%1’; dit zijn de resultaten voor ‘%2’: %3</source>
        <translation>No results for ‘%1’; showing results for ‘%2’: %3</translation>
    </message>
    <message>
        <location filename="../search_view.py" line="154"/>
        <source>%s — ook resultaten zonder alle woorden (onderaan)</source>
        <translation>%s — including results without all words (at the bottom)</translation>
    </message>
</context>
</TS>
