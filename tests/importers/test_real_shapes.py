"""Timelines in the shapes real exports and published postmortems take, each read as a careful reader would.

The files under data/real_shapes are our own writing in those shapes (a prose postmortem, a status-page incident,
a Jira export, a slackdump folder...). Each is read through parse_file and through `facilitator import`, in a review
held on London time on 14 October 2026, so a date, year or zone the file states but the reader ignored shows up.
"""

import datetime as dt

import pytest
from importer_data import DATA

from facilitator import cli
from facilitator.cli import main
from facilitator.domain.timeline import TimePrecision
from facilitator.importers import ImportContext, ImportProblem
from facilitator.importers.formats import parse_file, parse_pasted
from facilitator.storage.database import open_database
from facilitator.storage.reviews import ReviewStore

SHAPES = DATA / "real_shapes"
IMPORTED_ON = dt.date(2026, 10, 16)
"""The day the files are imported, two days after the incident: a chat copy's 'Today' and 'Yesterday' count from it."""
ON_THE_DAY_OF_IMPORT = {"slack_app_copy_days.txt"}
"""Files whose days count from the day of the import, which the command line takes from the computer's clock."""
E, A, D = TimePrecision.EXACT, TimePrecision.APPROXIMATE, TimePrecision.DATE_ONLY

# file: ([(instant in UTC, precision, who, words), ...] in time order, [(where, why skipped), ...])
EXPECTED = {
    "ampm_zone_words.md": (
        [
            ("2025-04-04 01:58", E, '', 'Dana deploys build 4411 to the payments API.'),
            ("2025-04-04 02:03", E, '', 'Checkout errors page the on-call.'),
            ("2025-04-04 03:47", E, '', 'Rollback started by Sam.'),
            ("2025-04-04 04:20", E, '', 'Error rate back to baseline.'),
            ("2025-04-04 04:31", E, '', 'London team confirms settlement files are complete.'),
        ],
        [('line 3', 'no time found')],
    ),
    "blog_table_rough_times.md": (
        # A blog post's table (Slack's January 2021 outage as retold; GitHub's 2018 one as a table): the time cell
        # holds '~15:00 UTC', a range '15:20–15:45', or the date after the time '22:52 UTC, 21st Oct'.
        [
            ("2025-01-06 14:55", A, '', 'People start reporting that channels will not load.'),
            ("2025-01-06 15:05", E, '', 'Status page updated: some users may have trouble connecting.'),
            ("2025-01-06 15:20", E, '', 'Error rate climbs past 40%; incident raised to SEV-1.'),
            ("2025-01-06 17:00", E, '', 'Partial restoration as new web nodes come up.'),
            ("2025-01-07 00:40", E, '', 'Last queue drained; incident closed.'),
        ],
        [],
    ),
    "cloudflare_style_blog.md": (
        [
            ("2025-11-04 13:42", E, '', 'Change to the rate-limit rules deployed to all data centers'),
            ("2025-11-04 13:44", E, '', 'First automated alert: 5xx errors above threshold'),
            ("2025-11-04 13:51", E, '', 'Incident declared; rollback started'),
            ("2025-11-04 14:07", E, '', 'Rollback complete; error rate back to normal'),
        ],
        [('line 16', 'no time found')],
    ),
    "daily_updates_post.md": (
        # A community post updated day by day (Atlassian's April 2022 outage): 'Update: April 18, 2022', then
        # paragraphs without a time, newest first; an event known by its day only, kept with all its words.
        [
            ("2025-06-10 14:05", E, '', 'first reports of missing workspaces'),
            ("2025-06-10 15:30", E, '', 'deletion script stopped'),
            ("2025-06-10 23:00", D, '', 'We have restored 70% of the affected workspaces and expect to finish tomorrow.'),
            ("2025-06-11 23:00", D, '', 'All affected workspaces are restored. If something still looks wrong, reply to your ticket.'),
        ],
        [('line 3', 'no time found')],
    ),
    "community_updates_greetings.md": (
        # A support forum thread updated day by day, each day's post opening with a greeting ('Hi everyone —'):
        # the entry's words are the first paragraph that says what happened, the greeting stays in its detail.
        [
            ("2025-03-02 00:00", D, '', 'Invoices for some customers are late. We are looking into it and will post '
             'here every day.'),
            ("2025-03-03 00:00", D, '', 'We found the cause: a retry setting sent some invoices twice and held others '
             'back. It is switched off.'),
            ("2025-03-04 00:00", D, '', 'Every delayed invoice has now been sent. Customers charged twice will see a '
             'refund within five working days.'),
        ],
        [],
    ),
    "date_only_and_unknown.md": (
        [
            ("2024-01-08 00:00", D, '', 'Memory usage on billing workers starts climbing after release 2.14.'),
            ("2024-01-15 00:00", D, '', 'Workers restarted by the weekly deploy; usage resets.'),
            ("2024-01-22 03:14", E, '', 'OOM kill on billing-worker-3, invoices delayed.'),
        ],
        [('line 6', 'the date "2024-MM-DD" is not known')],
    ),
    "day_sections.md": (
        [
            ("2025-06-02 08:10", E, '', 'Disk latency alarms on stor-14.'),
            ("2025-06-02 23:50", E, '', 'Rebalance started.'),
            ("2025-06-03 00:20", E, '', 'Rebalance stalled at 40%.'),
            ("2025-06-03 09:00", E, '', 'Vendor engaged.'),
        ],
        [],
    ),
    "european_dates.csv": (
        [
            ("2025-03-13 22:10", E, "Lena", "Certificate expired on the edge"),
            ("2025-04-03 08:15", E, "Jonas", "New certificate rolled out"),
        ],
        [],
    ),
    "excel_ampm.csv": (
        [
            ("2025-03-05 23:02", E, 'Ana', 'Alert fired'),
            ("2025-03-05 23:40", E, 'Ben', 'Scaled out the queue'),
            ("2025-03-06 00:15", E, 'Ana', 'Incident resolved'),
        ],
        [],
    ),
    "french_h_times.md": (
        [
            ("2025-02-18 13:05", E, '', 'alerte sur la latence du service de paiement'),
            ("2025-02-18 13:12", E, '', 'Claire ouvre la cellule de crise'),
            ("2025-02-18 14:40", E, '', 'retour à la normale'),
        ],
        [],
    ),
    "github_style_report.md": (
        [
            ("2024-05-08 05:52", E, '', 'Network maintenance on the east-coast link began.'),
            ("2024-05-08 05:54", E, '', '43 seconds of connectivity loss between the sites.'),
            ("2024-05-08 06:07", E, '', 'Orchestrator promoted replicas on the west coast.'),
            ("2024-05-08 07:41", E, '', 'Engineers decided to freeze deploys.'),
            ("2024-05-08 18:12", E, '', 'Site fully restored; backlog of webhooks still draining.'),
        ],
        [],
    ),
    "gitlab_style_prose.md": (
        [
            ("2019-03-12 17:20", E, '', 'Priya noticed replication lag on db-ledger-2 growing past 4 GB.'),
            ("2019-03-12 19:00", A, '', 'the on-call engineer, Tomas, started a fresh base backup of the replica.'),
            ("2019-03-12 21:45", A, '', 'the backup failed with "too many connections" and was retried.'),
            ("2019-03-12 23:55", E, '', 'Tomas ran the cleanup script against the wrong host.'),
            ("2019-03-13 00:10", E, '', 'the primary was found to be empty and the site was taken down.'),
            ("2019-03-13 02:30", E, '', 'restore from the six-hour-old snapshot started'),
            ("2019-03-13 06:15", E, '', 'site back online with data from 17:05 the previous day'),
        ],
        [],
    ),
    "gmt_offset_zone.md": (
        [
            ("2025-09-13 23:15", E, '', 'Certificate on api-edge expired.'),
            ("2025-09-13 23:22", E, '', 'Mobile clients start failing login.'),
            ("2025-09-14 00:05", E, '', 'New certificate deployed.'),
            ("2025-09-15 16:30", E, '', 'Review of renewal alerts.'),
        ],
        [],
    ),
    "heading_stamps.md": (
        # GitHub's 2018 analysis: each moment a heading ('2018 October 21 22:52 UTC'), what happened in the
        # paragraphs under it; a paragraph that starts with its own time ('By 21:24 UTC, ...') is a moment too.
        [
            ("2024-09-09 21:14", E, '', 'During planned work on a core switch, the link between the two data centers '
             'dropped for 38 seconds. Writes kept landing on both sides while they could not see each other.'),
            ("2024-09-09 21:16", E, '', 'Replication errors started paging the storage on-call.'),
            ("2024-09-09 21:24", E, '', 'two engineers had confirmed both sides held writes the other lacked.'),
            ("2024-09-09 21:31", E, '', 'deploys frozen'),
            ("2024-09-10 02:05", E, '', 'The last queue cluster was rebuilt and consumers drained the backlog.'),
        ],
        [],
    ),
    "hour_ampm_prose.md": (
        # GitLab's 2017 live notes: 'Update 6:14pm UTC: ...' on top, then 'At 2017/01/31 6pm UTC, ...', an hour alone
        # before pm, and '11pm-ish'.
        [
            ("2023-02-07 16:00", E, '', 'a bot began flooding the search index with junk pages.'),
            ("2023-02-07 19:00", E, '', 'the flood locked the index for writes, and searches timed out.'),
            ("2023-02-07 21:00", A, '', 'engineer-2 decides to rebuild the replica from scratch.'),
            ("2023-02-07 21:18", E, '', 'engineer-2 notices the command ran on the primary and stops it.'),
            ("2023-02-07 23:05", E, '', 'search answers again, from an index rebuilt this evening.'),
        ],
        [],
    ),
    "jira_export.csv": (
        [
            ("2025-03-05 11:02", E, 'Ana Lima', 'Checkout 500s after deploy'),
            ("2025-03-05 11:20", E, 'Ben Ode', 'Rollback build 77'),
        ],
        [],
    ),
    "json_list_timeline.json": (
        [
            ("2025-05-01 08:00", E, 'nora', 'Deploy of search-indexer v9'),
            ("2025-05-01 08:14", E, 'ilya', 'Search results empty for EU customers'),
            ("2025-05-01 08:30", E, 'nora', 'Reindex finished'),
        ],
        [],
    ),
    "linear_export.csv": (
        [
            ("2025-04-02 09:15", E, 'kim', 'Investigate cache misses'),
            ("2025-04-02 10:40", E, 'raj', 'Pin cache version'),
        ],
        [],
    ),
    "newest_first_hours_apart.md": (
        # A status history updated every few hours, newest first, the day given once: every step is more than six
        # hours back, so nothing is close enough to show the order; steps that all go back show it (same day, not
        # three days).
        [
            ("2025-05-14 06:25", E, '', 'Identified: a firmware update left part of the volumes read-only. We are '
             'rolling it back.'),
            ("2025-05-14 15:10", E, '', 'Monitoring: the repaired volumes are back in service; we are watching write '
             'latency.'),
            ("2025-05-14 23:40", E, '', 'Resolved: every volume takes writes again and the queued uploads are '
             'processed.'),
        ],
        [],
    ),
    "numbered_days_week_dates.md": (
        [
            ("2025-06-03 16:40", E, "", "Alert: index checksum mismatch on shard 12"),
            ("2025-06-03 21:05", E, "Maya", "paused writes to the index"),
            ("2025-06-04 06:55", E, "", "reindex job kicked off"),
            ("2025-06-04 07:30", E, "", "reindex at 10%"),
            ("2025-06-04 22:15", E, "", "reindex complete, writes resumed"),
            ("2025-06-05 17:00", E, "", "Review held with the storage team"),
        ],
        [],
    ),
    "offsets_tplus.md": (
        [
            ("2025-06-10 09:00", E, '', 'traffic shifted to region B'),
            ("2025-06-10 09:15", E, '', 'first 502s observed by Lee'),
            ("2025-06-10 10:05", E, '', 'region A drained'),
        ],
        [],
    ),
    "pagerduty_v1.json": (
        [
            ("2014-03-11 22:01", E, 'PagerDuty', 'Incident triggered: DISK CRITICAL on db-7'),
            ("2014-03-11 22:01", E, 'PagerDuty', 'Notified Oskar Berg by SMS'),
            ("2014-03-11 22:04", E, 'Oskar Berg', 'Acknowledged'),
            ("2014-03-11 22:30", E, 'Oskar Berg', 'Resolved'),
        ],
        [],
    ),
    "pagerduty_v2.json": (
        [
            ("2025-08-02 03:10", E, 'Web Frontend', 'Incident triggered: CPU high on web-4'),
            ("2025-08-02 03:12", E, 'Mia Chen', 'Acknowledged'),
            ("2025-08-02 03:20", E, 'Mia Chen', 'Note added: Restarting the web pool'),
            ("2025-08-02 03:41", E, 'Mia Chen', 'Resolved: Fixed'),
        ],
        [],
    ),
    "prose_blog_cloudflare_style.md": (
        # A blog post whose 'What happened' section tells the timeline in paragraphs, one of them led by a time: the
        # section is a timeline, so each sentence that says when ('released at 13:17 UTC on Tuesday, October 7') is
        # an entry, its words the sentence; a schedule under 'What we are changing' ('every week at 10:00') is not.
        [
            ("2026-10-07 13:17", E, '', 'It was released at 13:17 UTC on Tuesday, October 7, through the usual staged '
             'rollout, and reached the first data centers a minute later.'),
            ("2026-10-07 13:20", A, '', 'the first alerts fired for packet loss in Asia.'),
            ("2026-10-07 13:24", E, '', 'Our network team declared an incident at 13:24 and, from 13:31 to 13:40, '
             'withdrew the change site by site.'),
            ("2026-10-07 13:44", A, '', 'Traffic returned to normal levels shortly after 13:44.'),
        ],
        [],
    ),
    "prose_report_github_style.md": (
        # A monthly availability report: a bold title per incident ('**March 3 14:20 UTC (lasting ...)**', left out
        # as before), then a paragraph whose sentences say when: 'On March 3, 2025, between 14:20 UTC and 15:32 UTC'
        # takes the day from 'On', a later sentence of a time-led paragraph is an entry of its own.
        [
            ("2025-03-03 14:20", E, '', 'On March 3, 2025, between 14:20 UTC and 15:32 UTC, Git operations over HTTPS '
             'failed for some users.'),
            ("2025-03-03 14:48", E, '', 'At 14:48 UTC we paused the rotation, and by 15:32 UTC all hosts served the new '
             'certificate and Git operations recovered.'),
            ("2025-03-19 08:05", E, '', 'webhook deliveries were delayed by up to 20 minutes after a queue cluster lost '
             'quorum.'),
            ("2025-03-19 08:30", A, '', 'Engineers restored quorum at approximately 08:30 UTC and the backlog drained '
             'by 08:40 UTC.'),
        ],
        [('line 3', 'no time found'), ('line 5', 'no time found'), ('line 9', 'no time found'),
         ('line 13', 'no time found')],
    ),
    "prose_summary_aws_style.md": (
        # A summary of an event written only as paragraphs, no timeline of any other kind: each sentence with a time
        # after 'at', 'by', 'shortly after', 'around', 'From ... to' is an entry (one that opens 'At <time>,' says what
        # happened then, the time being in its own column); a version (14.20.1), 'the 8:00 AM
        # maintenance window', a quoted log line and a nightly schedule are not, and stay in the detail or are said.
        [
            ("2026-06-04 16:12", E, '', 'An automated job added hosts to the front-end fleet of the queue service.'),
            ("2026-06-04 16:20", A, '', 'The metadata store began to reject requests shortly after 9:20 AM PDT, and '
             'customers saw elevated error rates on SendMessage and ReceiveMessage calls.'),
            ("2026-06-04 16:31", E, '', 'Our engineers were engaged by 9:31 AM PDT.'),
            ("2026-06-04 17:05", E, '', 'From 10:05 AM to 10:40 AM PDT the team removed the new hosts in small batches.'),
            ("2026-06-04 17:55", A, '', 'The metadata store recovered around 10:55 AM PDT and error rates fell steadily.'),
            ("2026-06-04 18:30", E, '', 'By 11:30 AM PDT the service was operating normally.'),
        ],
        [('line 3', 'no time found'), ('line 11', 'no time found')],
    ),
    "prose_timeline_gitlab_style.md": (
        # A 'Timeline' section with a bullet and paragraphs: 'She began rolling back ... at 14:20.', 'Error rates had
        # returned to normal by 15:05.'; 'the 13:55 configuration change' and a code span's time are no entries, and
        # the summary's 'peaked at 14:25 UTC' outside the timeline is not read, and said.
        [
            ("2025-02-11 14:02", E, '', 'Alert: API error rate above 2%.'),
            ("2025-02-11 14:20", E, '', 'She began rolling back the 13:55 configuration change at 14:20.'),
            ("2025-02-11 15:05", E, '', 'Error rates had returned to normal by 15:05.'),
            ("2025-02-11 15:30", E, '', 'The incident was closed at 15:30 after an hour of monitoring.'),
        ],
        [('line 5', 'a time in a sentence outside the timeline'), ('line 17', 'no time found')],
    ),
    "ranges_and_dates_after.md": (
        # AWS's and Slack's prose ('At 9:37AM PST,', 'Around 8:13 a.m. PST on January 4, 2021,'), a range whose
        # zone is written once at its end ('14:02–14:30 UTC'), and a date after the time ('22:52 UTC, 21st Oct').
        [
            ("2025-03-02 15:41", A, '', 'some users began to see failed logins.'),
            ("2025-03-02 15:41", E, '', 'login error rate above 5%'),
            ("2025-03-02 16:02", E, '', 'an engineer removed a bad config from the auth pool.'),
            ("2025-03-03 00:05", E, '', 'a second, smaller wave of errors'),
            ("2025-03-03 00:15", E, '', 'all auth nodes replaced'),
        ],
        [],
    ),
    "rough_times_sheet.csv": (
        # An on-call's sheet kept during the incident: the time cell holds a rough time ('~14:50', '~15:00 UTC') or
        # a range ('15:20–15:45'), read as a Markdown table's time cell is, next to the Date column.
        [
            ("2025-07-08 14:50", A, 'Priya', 'Support sees a jump in tickets about declined cards'),
            ("2025-07-08 15:00", A, 'Priya', 'Payments on-call paged by hand from the support channel'),
            ("2025-07-08 15:20", E, 'Marco', 'Failover to the second card processor tried twice; both attempts time out'),
            ("2025-07-08 15:52", E, 'Marco', 'Second processor takes all traffic; cards go through again'),
        ],
        [('line 1', 'above the column headings')],
    ),
    "sheets_timeline.csv": (
        [
            ("2025-03-05 11:02", E, 'Ana', 'Alert fired: queue depth > 10k'),
            ("2025-03-05 11:09", E, 'Ben', 'Paused consumers\nto stop retries'),
            ("2025-03-05 23:58", E, 'Ana', 'Consumers resumed'),
            ("2025-03-06 00:04", E, 'Ben', 'Backlog cleared'),
        ],
        [('line 1', 'above the column headings')],
    ),
    "slack_app_copy.txt": (
        # A stretch of the channel copied from Slack's app: 'Name  9:12 PM' (an 'APP' badge after a bot's name), the
        # message under it, and the same sender's next message under its time alone ('9:13', '9:31 PM').
        [
            ("2026-10-14 20:12", E, 'Mira Okafor', 'Card payments are failing for a share of EU customers, looking now'),
            ("2026-10-14 20:13", E, 'Mira Okafor', 'Started an incident channel and paged payments on-call'),
            ("2026-10-14 20:14", E, 'PagerDuty', 'Triggered: card authorisation errors above 3% (payments-gateway)'),
            ("2026-10-14 20:20", E, 'Tariq Bell', "I'm on it. The processor's health page is green, so this looks like ours."),
            ("2026-10-14 20:31", E, 'Tariq Bell', 'Rolling back gateway 5.8.2 to 5.8.1'),
            ("2026-10-14 20:47", E, 'Mira Okafor', 'Declines are back to their usual level.'),
        ],
        [],
    ),
    "slack_app_copy_days.txt": (
        # A stretch copied from Slack's app over three days, starting inside a message: the two lines above the first
        # sender line are left out and said; the dividers 'Wednesday, October 14th', 'Yesterday' and 'Today' (the
        # import is done on Friday 16 October) move the messages under them to their day.
        [
            ("2026-10-14 20:12", E, 'Mira Okafor', 'Card payments are failing for a share of EU customers, looking now'),
            ("2026-10-14 20:13", E, 'Mira Okafor', 'Started an incident channel and paged payments on-call'),
            ("2026-10-14 23:20", E, 'Tariq Bell', 'Rolled back gateway 5.8.2 to 5.8.1; declines are back to their usual '
             'level.'),
            ("2026-10-16 08:05", E, 'Mira Okafor', 'Writing up the review notes now.'),
        ],
        [('line 1', 'the end of a message copied without its sender and time'),
         ('line 2', 'the end of a message copied without its sender and time')],
    ),
    "slack_app_copy_older_days.txt": (
        # An older stretch: Slack writes the year in the divider ('October 13th, 2025'); the copy starts under the
        # cut-off end of a message ('(edited)' included), which is left out and said.
        [
            ("2025-10-13 06:02", E, 'Mira Okafor', 'Morning: the queue is backed up again, same symptom as last night'),
            ("2025-10-13 06:04", E, 'PagerDuty', 'Triggered: checkout queue depth above 10k'),
            ("2025-10-13 06:20", E, 'PagerDuty', 'Resolved: checkout queue depth above 10k'),
            ("2025-10-14 08:40", E, 'Tariq Bell', 'Root cause found: the retry job ran twice after the failover.'),
        ],
        [('line 1', 'the end of a message copied without its sender and time'),
         ('line 2', 'the end of a message copied without its sender and time')],
    ),
    "slackdump_export": (
        [
            ("2025-01-01 23:00", E, 'Grafana', '[Alert] API 5xx > 5%'),
            ("2025-01-01 23:01", E, 'Jo Park', 'looking 👀 @Ravi Nair can you check the LB?'),
            ("2025-01-01 23:02", E, 'Ravi Nair', '↳ on it'),
            ("2025-01-01 23:10", E, 'GitHub', 'Deploy api#812 rolled back'),
        ],
        [('incident-api-down/2025-01-01.json: message 4', 'housekeeping (channel join)')],
    ),
    "statuspage_incident.json": (
        [
            ("2025-07-21 23:51", E, 'Status page', 'Investigating: We are investigating elevated error rates on the API.'),
            ("2025-07-22 00:20", E, 'Status page', 'Identified: The issue has been identified and a fix is being implemented.'),
            ("2025-07-22 01:37", E, 'Status page', 'Resolved: This incident has been resolved.'),
        ],
        [],
    ),
    "status_history_by_incident.md": (
        # An Instatus page's past incidents copied as text: each title, its status and when on the line under it
        # ('Resolved Jun 12 at 01:05am BST', no year: the review's), then the last update's words, newest first.
        [
            ("2026-06-03 22:30", E, '', 'Completed: Planned upgrade of the spam filter'),
            ("2026-06-10 20:40", E, '', 'Resolved: Sign-in loops on the web app'),
            ("2026-06-12 00:05", E, '', 'Resolved: Search results missing recent mail'),
        ],
        [('line 1', 'no time found')],
    ),
    "status_history_copied_mid_list.md": (
        # The same history copied from under the first incident's title: its status line reads with the words under
        # it; a status line with neither a title above it nor words under it is left out and said, and the
        # '2 previous updates' line above it is no title.
        [
            ("2026-06-10 20:40", E, '', 'Resolved: Sign-in loops on the web app'),
            ("2026-06-12 00:05", E, '', 'Resolved: Search is complete again, including mail received during the '
             'incident.'),
        ],
        [('line 9', 'a status and its time with no title above it and no words under it'), ('line 11', 'no time found')],
    ),
    "status_history_long_day.md": (
        # The same history over a long day: newest first, the clock jumps back eight hours between two updates,
        # which in a file listing the oldest first would be the next day; here it is the same day.
        [
            ("2025-02-12 17:30", E, '', 'Some searches miss messages sent in the last hour. We are investigating.'),
            ("2025-02-12 19:30", E, '', 'Some workspaces also miss files in search results. We are still looking '
             'into it.'),
            ("2025-02-12 22:10", E, '', 'We found the cause: an index job stalled after a config change this '
             'morning. We are re-indexing.'),
            ("2025-02-13 06:05", E, '', 'The re-index has passed 90% of workspaces; the last ones should be done '
             'before midnight.'),
            ("2025-02-13 07:48", E, '', 'Search is complete again for every workspace. Thanks for bearing with us '
             'through a long day.'),
        ],
        [],
    ),
    "status_history_text.md": (
        # A status page's history copied as text (Slack's, 2021): the date once, then each update's time alone on
        # its line, newest first, and its words in the paragraphs under it; the summary's range is no update, and said.
        [
            ("2025-03-11 16:15", E, '', 'Some webhook deliveries are running late. We are looking into it.'),
            ("2025-03-11 18:32", E, '', 'New events are delivered on time again; older ones are still draining.'),
            ("2025-03-11 21:40", E, '', 'Every queued webhook has now been delivered. Sorry for the wait.'),
        ],
        [('line 5', 'a time in a sentence outside the timeline')],
    ),
    "statuspage_page_text.md": (
        # A Statuspage incident page copied as text: each update's status word and words, then when it was posted
        # ('Posted 2 days ago. Mar 18, 2025 - 17:02 PDT'), newest first; the title and the footer have no time.
        [
            ("2025-03-18 22:47", E, '', 'Investigating: Exports are failing for some customers.'),
            ("2025-03-18 22:58", E, '', 'Update: The fault is in a storage node that serves export files; we are '
             'moving traffic off it.'),
            ("2025-03-18 23:20", E, '', 'Monitoring: A fix is out; we are watching the export queue.'),
            ("2025-03-19 00:02", E, '', 'Resolved: Exports finish normally again. We will publish a short write-up '
             'this week.'),
        ],
        [('line 1', 'no time found'), ('line 20', 'no time found')],
    ),
    "statuspage_page_without_status.md": (
        # The same page as Discord's (2023) reads when copied without the status words: the updates' words follow
        # the 'Incident Report for ...' line, an update may have several paragraphs.
        [
            ("2025-11-02 19:31", E, '', 'We are shedding some load so that part of our users can get back in while '
             'the database recovers.'),
            ("2025-11-02 19:52", E, '', 'Most users can sign in again; the rest should follow within ten minutes.'),
            ("2025-11-02 20:10", E, '', 'Sign-in is fast again for everyone.'),
        ],
        [('line 1', 'no time found')],
    ),
    "teams_channel_copy.txt": (
        # The same stretch copied from Teams: '[9:12 PM] Mira Okafor' over each message.
        [
            ("2026-10-14 20:12", E, 'Mira Okafor', 'Card payments are failing for a share of EU customers, looking now'),
            ("2026-10-14 20:20", E, 'Tariq Bell', "The processor's health page is green, so this looks like ours."),
            ("2026-10-14 20:31", E, 'Tariq Bell', 'Rolling back gateway 5.8.2 to 5.8.1'),
            ("2026-10-14 20:47", E, 'Mira Okafor', 'Declines are back to their usual level.'),
        ],
        [],
    ),
    "us_dates_split_columns.csv": (
        [
            ("2025-03-05 23:02", E, "Ana", "Alert fired on the checkout queue"),
            ("2025-03-05 23:40", E, "Ben", "Scaled the consumers out to 12"),
            ("2025-03-13 10:00", E, "Ana", "Follow-up: retry limits lowered"),
        ],
        [],
    ),
}

DETAILS = {
    "slack_app_copy.txt": ["", "", "", "Checking the last deploy of the gateway.", "", ""],
    "teams_channel_copy.txt": ["", "Checking the last deploy of the gateway.", "", ""],
    "daily_updates_post.md": ["", "", "", "Hello everyone,"],
    "community_updates_greetings.md": ["", "Hello all,", "Hi everyone —\nThanks for bearing with us, the billing team"],
    "statuspage_page_without_status.md": [
        "",
        "",
        "The cause was a maintenance step on the session database that left too few nodes serving. We will follow up "
        "with a fuller review.",
    ],
    "blog_table_rough_times.md": ["", "", "15:20–15:45", "", ""],
    "heading_stamps.md": [
        "Nobody noticed at first: the dashboards stayed green.",
        "",
        "",
        "The incident commander locked the deploy pipeline. At 21:33 UTC the status page went yellow.",
        "",
    ],
    "ranges_and_dates_after.md": ["", "15:41–16:20 UTC", "", "4:05 p.m. - 4:30 p.m. PT", ""],
    "status_history_by_incident.md": [
        "The upgrade finished on time.",
        "Signing in works for everyone again.\nThe loop came from a cookie setting changed in this morning's release; "
        "we have rolled it back.\n3 previous updates",
        "Search is complete again, including mail received during the incident.\n1 previous update",
    ],
    "status_history_text.md": ["", "", "We will post a summary once our review is done."],
    "status_history_copied_mid_list.md": ["Signing in works for everyone again.\n2 previous updates", "1 previous update"],
    "rough_times_sheet.csv": ["", "", "15:20–15:45", ""],
    "prose_summary_aws_style.md": [
        "The trigger was a routine capacity change.\nThe new hosts ran agent version 14.20.1, which opened far more "
        "connections to the metadata store than the older agent did.",
        "",
        "Early on, the team suspected the network, because the errors looked like those of the 8:00 AM maintenance "
        "window.\nOne log line read \"timeout at 09:24:51 waiting for lease\", which pointed them at the metadata store "
        "instead.",
        "",
        "",
        "",
    ],
    "prose_timeline_gitlab_style.md": [
        "", "The on-call engineer, Wen, acknowledged the page and opened an incident channel.", "", ""
    ],
    "prose_blog_cloudflare_style.md": ["The change was prepared on Monday and reviewed by two engineers.", "", "", ""],
    "sheets_timeline.csv": ["Severity: SEV2", "Severity: SEV2", "Severity: SEV3", "Severity: SEV3"],
    "excel_ampm.csv": ["first one", "", ""],
    "jira_export.csv": [
        "Issue key: OPS-412\nStatus: Done\nDescription: Errors began after build 77",
        "Issue key: OPS-413\nStatus: Done\nDescription: Rolled back by hand",
    ],
}


@pytest.fixture(autouse=True)
def no_gui(monkeypatch):
    def refuse(store, review_id):
        raise AssertionError(f"the GUI was started for review {review_id}")

    monkeypatch.setattr(cli.windows, "gui", refuse)


def _read(name: str, context: ImportContext):
    return parse_file(SHAPES / name, context._replace(today=IMPORTED_ON))


def test_every_file_in_the_folder_has_its_expected_reading():
    assert sorted(EXPECTED) == sorted(path.name for path in SHAPES.iterdir())


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_shape_reads_as_a_careful_reader_would(name, context):
    """Count, instants in UTC, how precise, who, the words, and each skipped line with its reason."""
    entries, skipped = _read(name, context)
    expected, expected_skips = EXPECTED[name]
    got = [(f"{e.at.astimezone(dt.UTC):%Y-%m-%d %H:%M}", e.precision, e.actor, e.text) for e in entries]
    assert got == expected
    assert [(s.where, s.reason) for s in skipped] == expected_skips


@pytest.mark.parametrize("name", sorted(DETAILS))
def test_columns_with_no_place_of_their_own_are_kept_in_the_detail(name, context):
    entries, _ = _read(name, context)
    assert [e.detail for e in entries] == DETAILS[name]


@pytest.mark.parametrize("name", sorted(set(EXPECTED) - ON_THE_DAY_OF_IMPORT))
def test_the_command_line_adds_the_same_entries_and_names_the_skips(name, tmp_path, capsys):
    db = tmp_path / "reviews.sqlite3"
    argv = ["--db", str(db), "new", "--incident", "INC-9", "--title", "Real shapes", "--date", "2026-10-14"]
    assert main([*argv, "--timezone", "Europe/London"]) == 0
    review_id = int(capsys.readouterr().out)
    assert main(["--db", str(db), "import", str(review_id), str(SHAPES / name)]) == 0
    out = capsys.readouterr().out
    expected, skips = EXPECTED[name]
    assert out.startswith(f"added {len(expected)} entries")
    assert ("skipped" in out) == bool(skips)
    database = open_database(db)
    try:
        stored = ReviewStore(database).timeline.entries(review_id)
    finally:
        database.close()
    assert [(f"{e.at.astimezone(dt.UTC):%Y-%m-%d %H:%M}", e.text) for e in stored] == [(at, text) for at, _, _, text in expected]


def test_offsets_without_a_stated_start_are_skipped_with_the_reason(context):
    """'T+15m' counts from a start; with none given the lines are reported, never placed on a guessed time."""
    entries, skipped = parse_pasted("## Timeline\n\n- 10:00 UTC alert\n- T+15m: first 502s\n", context)
    assert [e.text for e in entries] == ["alert"]
    assert [(s.where, s.reason) for s in skipped] == [("line 4", "an offset from a start time the file does not give")]


def test_slack_emphasis_inside_words_is_left_alone(context, tmp_path):
    """snake_case names and 2*3*4 are words, not Slack emphasis."""
    folder = tmp_path / "export" / "incident"
    folder.mkdir(parents=True)
    (folder / "2025-01-01.json").write_text(
        '[{"type": "message", "user": "U1", "text": "set max_conn_count to 2*3*4 _now_", "ts": "1735772400.0"}]',
        encoding="utf-8",
    )
    entries, _ = parse_file(tmp_path / "export", context)
    assert entries[0].text == "set max_conn_count to 2*3*4 now"


def test_day_sections_without_dates_count_on_from_day_one(context):
    """'Day 2' under an undated 'Day 1' is the next day even when its clock times run on past Day 1's."""
    text = "## Timeline (all times UTC)\n\n### Day 1\n\n- 08:00 alert\n- 10:00 fix\n\n### Day 2\n\n- 11:00 regression\n"
    entries, _ = parse_pasted(text, context)
    assert [f"{e.at.astimezone(dt.UTC):%Y-%m-%d %H:%M}" for e in entries] == [
        "2026-10-14 08:00",
        "2026-10-14 10:00",
        "2026-10-15 11:00",
    ]


def test_what_only_looks_like_a_range_an_hour_or_a_date_after_the_time_is_left_in_the_words(context):
    """'- 5 servers' is no end of a range, '1 Amazon' no hour, ', may be' no date: the words stay as written."""
    text = "## Timeline (UTC)\n\n- 14:02 - 5 servers down\n- 14:10, may be the cache\n- 14:20 1 Amazon host left\n"
    entries, skipped = parse_pasted(text, context)
    got = [(f"{e.at.astimezone(dt.UTC):%Y-%m-%d %H:%M}", e.text, e.detail) for e in entries]
    assert got == [
        ("2026-10-14 14:02", "5 servers down", ""),
        ("2026-10-14 14:10", "may be the cache", ""),
        ("2026-10-14 14:20", "1 Amazon host left", ""),
    ]
    assert skipped == []


def test_a_time_alone_with_nothing_under_it_still_says_so(context):
    """A status update's time with no words before the next one is a problem named by its line, not an empty entry."""
    with pytest.raises(ImportProblem, match="line 3: nothing follows the time"):
        parse_pasted("## Timeline\n\n3:40 PM UTC\n\n4:10 PM UTC\n\nAll clear.\n", context)


def test_times_listed_newest_first_step_back_a_day_past_midnight(context):
    """In a list that runs backwards, a clock far later than the one before it is the day before, not the same day."""
    text = "## Updates (all times UTC)\n\n2025-10-03\n\n- 02:10 resolved\n- 00:40 fix out\n- 23:30 investigating\n- 22:55 alert\n"
    entries, _ = parse_pasted(text, context)
    assert [(f"{e.at.astimezone(dt.UTC):%Y-%m-%d %H:%M}", e.text) for e in entries] == [
        ("2025-10-02 22:55", "alert"),
        ("2025-10-02 23:30", "investigating"),
        ("2025-10-03 00:40", "fix out"),
        ("2025-10-03 02:10", "resolved"),
    ]


def test_an_update_date_followed_by_bullets_is_only_their_day(context):
    """'Update: June 10, 2025' over bullets is their day, not an entry of its own; a bullet without a time is reported."""
    text = "# Outage\n\nUpdate: June 10, 2025\n\n- 14:05 UTC: first reports\n- someone remembers more\n"
    entries, skipped = parse_pasted(text, context)
    assert [(f"{e.at.astimezone(dt.UTC):%Y-%m-%d %H:%M}", e.text) for e in entries] == [
        ("2025-06-10 14:05", "first reports")
    ]
    assert [(s.where, s.reason) for s in skipped] == [("line 6", "no time found")]


def test_a_status_line_under_a_title_is_an_entry_named_by_both(context):
    """'Resolved May 28 at 01:00am BST' under a title, each incident its own paragraph: the status and title are the
    entry's words, at that time in that zone; a status line with no title above it and no words under it is left out
    and said, and a sentence that only starts with a status word is no entry of its own (its time is said to be left
    out: outside the timeline)."""
    text = (
        "# Status history\n\nQueue delays\nResolved May 28 at 01:00am BST\n\nLogin errors\n"
        "Monitoring May 27 at 11:15pm BST\n\n## Older\n\nResolved May 20 at 10:00am BST\n\n"
        "Resolved the issue at 14:00 by restarting.\n"
    )
    entries, skipped = parse_pasted(text, context)
    assert [(f"{e.at.astimezone(dt.UTC):%Y-%m-%d %H:%M}", e.actor, e.text) for e in entries] == [
        ("2026-05-27 22:15", "", "Monitoring: Login errors"),
        ("2026-05-28 00:00", "", "Resolved: Queue delays"),
    ]
    assert [(s.where, s.reason) for s in skipped] == [
        ("line 11", "a status and its time with no title above it and no words under it"),
        ("line 13", "a time in a sentence outside the timeline"),
    ]


def test_times_far_apart_running_forward_or_once_back_still_move_to_the_next_day(context):
    """Oldest first, a step of more than six hours back is the next day; one such step alone cannot show that a
    list runs newest first, so it is read as the night between two days."""
    forward = "## Log (all times UTC)\n\n2025-10-03\n\n- 08:00 alert\n- 16:30 fix out\n- 01:10 relapse\n- 09:40 closed\n"
    once_back = "## Log (all times UTC)\n\n2025-10-03\n\n- 20:00 alert\n- 09:00 fixed\n"
    read = [[f"{e.at.astimezone(dt.UTC):%d %H:%M}" for e in parse_pasted(text, context)[0]] for text in (forward, once_back)]
    assert read == [["03 08:00", "03 16:30", "04 01:10", "04 09:40"], ["03 20:00", "04 09:00"]]
