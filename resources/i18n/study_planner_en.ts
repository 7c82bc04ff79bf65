<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>AlertBanner</name>
    <message numerus="yes">
        <source>The catalog changed under this plan (%n change(s))</source>
        <translation>
            <numerusform>The catalog changed under this plan (%n change)</numerusform>
            <numerusform>The catalog changed under this plan (%n changes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogDetails</name>
    <message numerus="yes">
        <source>%n source(s) listed below</source>
        <translation>
            <numerusform>%n source listed below</numerusform>
            <numerusform>%n sources listed below</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogModel</name>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) · {0}</source>
        <translation>
            <numerusform>%n step · {0}</numerusform>
            <numerusform>%n steps · {0}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoursesPage</name>
    <message numerus="yes">
        <source>%n course(s) or project(s)</source>
        <translation>
            <numerusform>%n course or project</numerusform>
            <numerusform>%n courses or projects</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DayCount</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditPlanDialog</name>
    <message numerus="yes">
        <source>%n item(s) move</source>
        <translation>
            <numerusform>%n item move</numerusform>
            <numerusform>%n items move</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>Wrote %n event(s) to {0} ({1} new, {2} changed, {3} cancelled).</source>
        <translation>
            <numerusform>Wrote %n event to {0} ({1} new, {2} changed, {3} cancelled).</numerusform>
            <numerusform>Wrote %n events to {0} ({1} new, {2} changed, {3} cancelled).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportBusyDialog</name>
    <message numerus="yes">
        <source>%n study day(s) get less time</source>
        <translation>
            <numerusform>%n study day get less time</numerusform>
            <numerusform>%n study days get less time</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) move</source>
        <translation>
            <numerusform>%n item move</numerusform>
            <numerusform>%n items move</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>You have %n archived plan(s): Plan › Show Archived Plans lists them.</source>
        <translation>
            <numerusform>You have %n archived plan: Plan › Show Archived Plans lists them.</numerusform>
            <numerusform>You have %n archived plans: Plan › Show Archived Plans lists them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) to the exam</source>
        <translation>
            <numerusform>%n day to the exam</numerusform>
            <numerusform>%n days to the exam</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the exam was %n day(s) ago</source>
        <translation>
            <numerusform>the exam was %n day ago</numerusform>
            <numerusform>the exam was %n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Message</name>
    <message numerus="yes">
        <source>move the exam to {date} (%n day(s) later)</source>
        <translation>
            <numerusform>move the exam to {date} (%n day later)</numerusform>
            <numerusform>move the exam to {date} (%n days later)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>exam preparation spans %n full week(s); 8 to 12 weeks are recommended</source>
        <translation>
            <numerusform>exam preparation spans %n full week; 8 to 12 weeks are recommended</numerusform>
            <numerusform>exam preparation spans %n full weeks; 8 to 12 weeks are recommended</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renewed preparation: {hours} h over %n domain(s) before the retake.</source>
        <translation>
            <numerusform>Renewed preparation: {hours} h over %n domain before the retake.</numerusform>
            <numerusform>Renewed preparation: {hours} h over %n domains before the retake.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) at {hours} h/week leave no time for the exam domains after the practice exams and the final review week; plan more preparation weeks</source>
        <translation>
            <numerusform>%n week at {hours} h/week leave no time for the exam domains after the practice exams and the final review week; plan more preparation weeks</numerusform>
            <numerusform>%n weeks at {hours} h/week leave no time for the exam domains after the practice exams and the final review week; plan more preparation weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{hours} h/week over %n study day(s) is less than 15 minutes a day; add hours or choose fewer study days</source>
        <translation>
            <numerusform>{hours} h/week over %n study day is less than 15 minutes a day; add hours or choose fewer study days</numerusform>
            <numerusform>{hours} h/week over %n study days is less than 15 minutes a day; add hours or choose fewer study days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>more hours per week than the study days can hold: %n study day(s) starting at {start} hold at most {most} h/week before midnight</source>
        <translation>
            <numerusform>more hours per week than the study days can hold: %n study day starting at {start} hold at most {most} h/week before midnight</numerusform>
            <numerusform>more hours per week than the study days can hold: %n study days starting at {start} hold at most {most} h/week before midnight</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing is lost: the %n module(s) ticked from the calendar stay ticked, what was sent is remembered; sync again to finish.</source>
        <translation>
            <numerusform>Nothing is lost: the %n module ticked from the calendar stay ticked, what was sent is remembered; sync again to finish.</numerusform>
            <numerusform>Nothing is lost: the %n modules ticked from the calendar stay ticked, what was sent is remembered; sync again to finish.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MovesModel</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadinessView</name>
    <message numerus="yes">
        <source>Target {0} ({1} + {2:g} points) · overall {3} · %n attempt(s). Recent attempts count more: each one&apos;s weight halves every 14 days.</source>
        <translation>
            <numerusform>Target {0} ({1} + {2:g} points) · overall {3} · %n attempt. Recent attempts count more: each one&apos;s weight halves every 14 days.</numerusform>
            <numerusform>Target {0} ({1} + {2:g} points) · overall {3} · %n attempts. Recent attempts count more: each one&apos;s weight halves every 14 days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReplanDialog</name>
    <message numerus="yes">
        <source>%n item(s) move</source>
        <translation>
            <numerusform>%n item move</numerusform>
            <numerusform>%n items move</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduleView</name>
    <message numerus="yes">
        <source>%n week(s) · {0} h</source>
        <translation>
            <numerusform>%n week · {0} h</numerusform>
            <numerusform>%n weeks · {0} h</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncManager</name>
    <message numerus="yes">
        <source>%n module(s) ticked</source>
        <translation>
            <numerusform>%n module ticked</numerusform>
            <numerusform>%n modules ticked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message numerus="yes">
        <source>sent %n new event(s)</source>
        <translation>
            <numerusform>sent %n new event</numerusform>
            <numerusform>sent %n new events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sent %n module(s) as tasks</source>
        <translation>
            <numerusform>sent %n module as tasks</numerusform>
            <numerusform>sent %n modules as tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ticked %n module(s) done on the phone</source>
        <translation>
            <numerusform>ticked %n module done on the phone</numerusform>
            <numerusform>ticked %n modules done on the phone</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>unticked %n module(s) reopened there</source>
        <translation>
            <numerusform>unticked %n module reopened there</numerusform>
            <numerusform>unticked %n modules reopened there</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This plan no longer syncs. The %n event(s) it sent stay in that calendar; delete the calendar there if you no longer want them.</source>
        <translation>
            <numerusform>This plan no longer syncs. The %n event it sent stay in that calendar; delete the calendar there if you no longer want them.</numerusform>
            <numerusform>This plan no longer syncs. The %n events it sent stay in that calendar; delete the calendar there if you no longer want them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncSummary</name>
    <message numerus="yes">
        <source>%n task(s) ({0} new, {1} changed)</source>
        <translation>
            <numerusform>%n task ({0} new, {1} changed)</numerusform>
            <numerusform>%n tasks ({0} new, {1} changed)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) ({0} new, {1} changed, {2} deleted)</source>
        <translation>
            <numerusform>%n task ({0} new, {1} changed, {2} deleted)</numerusform>
            <numerusform>%n tasks ({0} new, {1} changed, {2} deleted)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n module(s) ticked from the calendar</source>
        <translation>
            <numerusform>%n module ticked from the calendar</numerusform>
            <numerusform>%n modules ticked from the calendar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n module(s) reopened there, unticked here</source>
        <translation>
            <numerusform>%n module reopened there, unticked here</numerusform>
            <numerusform>%n modules reopened there, unticked here</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThisWeekView</name>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} h in %n session(s)</source>
        <translation>
            <numerusform>{0} h in %n session</numerusform>
            <numerusform>{0} h in %n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n attempt</numerusform>
            <numerusform>%n attempts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n module(s)</source>
        <translation>
            <numerusform>%n module</numerusform>
            <numerusform>%n modules</numerusform>
        </translation>
    </message>
</context>
</TS>
