// Reads an iCalendar file from standard input with ical.js (Thunderbird's parser) and
// prints {uid: [start, end]} for every timed event, as UTC ISO strings, to standard output.
// The VTIMEZONEs of the file are registered first, as Thunderbird does on import.
import ICAL from "ical.js";

let text = "";
process.stdin.setEncoding("utf8");
for await (const chunk of process.stdin) text += chunk;

const calendar = new ICAL.Component(ICAL.parse(text));
for (const vtimezone of calendar.getAllSubcomponents("vtimezone")) {
  ICAL.TimezoneService.register(vtimezone);
}
const out = {};
for (const vevent of calendar.getAllSubcomponents("vevent")) {
  const event = new ICAL.Event(vevent);
  if (event.startDate.isDate) continue;
  out[event.uid] = [event.startDate.toJSDate().toISOString(), event.endDate.toJSDate().toISOString()];
}
process.stdout.write(JSON.stringify(out));
