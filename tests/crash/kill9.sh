#!/bin/sh
# Reliability of the event database: kill -9 an ingest part way, ingest the
# same input again, and the database must be what one uninterrupted ingest
# makes: nothing lost, nothing doubled.  Readers must work during an ingest.
#   tests/crash/kill9.sh EVENTLINE_BINARY
# Prints "N passed, N failed" like the other suites.
bin=${1:-build/san/eventline}
dir=$(mktemp -d /tmp/eventline-kill9-XXXXXX)
trap 'rm -rf "$dir"' EXIT
passed=0
failed=0
ok() { passed=$((passed + 1)); echo "ok   $1"; }
bad() { failed=$((failed + 1)); echo "FAIL $1"; }

# Input: the example articles, made distinct (an ingest skips a text it has
# stored), 600 times over: long enough to be killed in the middle.
awk '{ for (i = 1; i <= 600; i++) {
         line = $0
         sub(/"text": "/, "\"text\": \"Report " NR "-" i ". ", line)
         sub(/"id": "/, "\"id\": \"r" i "-", line)
         print line } }' examples/news.jsonl > "$dir/in.jsonl"
ndocs=$(wc -l < "$dir/in.jsonl")

"$bin" ingest -q --db "$dir/ref.db" "$dir/in.jsonl" || bad "reference ingest exited $?"

# the interrupted ingest, with a reader alongside
"$bin" ingest -q --db "$dir/k.db" "$dir/in.jsonl" &
pid=$!
# wait for a first commit (every 512 documents), so the kill falls between
# commits with some work stored and some not
i=0
while [ $i -lt 200 ] && kill -0 $pid 2> /dev/null; do
	n=$("$bin" export --db "$dir/k.db" --format csv --mentions 2> /dev/null | wc -l)
	[ "$n" -gt 1 ] && break
	sleep 0.1
	i=$((i + 1))
done
if "$bin" timeline --db "$dir/k.db" --limit 5 > "$dir/reader.out" 2> "$dir/reader.err" ||
   grep -q "no events match" "$dir/reader.err"; then
	ok "a reader works while an ingest writes"
else
	bad "a reader during an ingest: $(head -n 3 "$dir/reader.err")"
fi
if kill -9 $pid 2> /dev/null; then
	wait $pid 2> /dev/null
	killed=1
else
	killed=0   # it ended first: the test below still checks re-ingesting
fi
# how much the killed ingest had committed
part=$("$bin" export --db "$dir/k.db" --format csv --mentions 2> /dev/null | wc -l)
echo "     killed: $killed; reports committed before the kill: $part"

"$bin" ingest --db "$dir/k.db" "$dir/in.jsonl" 2> "$dir/again.err" || bad "ingest after the kill exited $?"
stored=$(sed -n 's/.*: \([0-9]*\) documents stored, \([0-9]*\) already there.*/\1 \2/p' "$dir/again.err")
set -- $stored
if [ "$(( ${1:-0} + ${2:-0} ))" -eq "$ndocs" ]; then
	ok "ingest after kill -9: $1 documents stored, $2 already there, of $ndocs"
else
	bad "ingest after kill -9: $(cat "$dir/again.err")"
fi
for what in "--format csv" "--format csv --mentions" "--format gdelt"; do
	# shellcheck disable=SC2086
	"$bin" export --db "$dir/ref.db" $what > "$dir/ref.out"
	# shellcheck disable=SC2086
	"$bin" export --db "$dir/k.db" $what > "$dir/k.out"
	if [ -s "$dir/ref.out" ] && cmp -s "$dir/ref.out" "$dir/k.out"; then
		ok "export $what: the same as one uninterrupted ingest ($(wc -l < "$dir/ref.out") lines)"
	else
		bad "export $what differs after kill -9 and a second ingest"
	fi
done
"$bin" who --db "$dir/ref.db" --format csv > "$dir/ref.who"
"$bin" who --db "$dir/k.db" --format csv > "$dir/k.who"
if cmp -s "$dir/ref.who" "$dir/k.who"; then ok "who: the same actors and counts"; else bad "who differs"; fi
if command -v sqlite3 > /dev/null 2>&1; then
	r=$(sqlite3 "$dir/k.db" "PRAGMA integrity_check; INSERT INTO sentences_fts(sentences_fts, rank) VALUES('integrity-check', 1);" 2>&1)
	if [ "$r" = "ok" ]; then ok "integrity_check and the full-text index check pass"; else bad "integrity: $r"; fi
fi
echo "$passed passed, $failed failed"
[ $failed -eq 0 ]
