-- wrk script for bench/search/run.sh: the same URLs as SearchBench.java, one closed-loop client per connection.
-- Environment: SCENARIO = search | referral | search-repeat | referral-repeat, THREADS = wrk's -t (to number the
-- requests of all threads without overlap), OFFSET = where the unique counter starts (so that scenarios run one after
-- another never repeat a URL). Prints one result line: requests, errors, req/s, p50, p95, p99, max (ms).

local QUESTIONS = { "Mijn energiekosten zijn enorm gestegen, hoe kan ik besparen?",
  "Onze bakkerij wil minder gas en stroom gebruiken. Welke subsidie is er?",
  "Ik wil mijn eerste werknemer aannemen, waar moet ik op letten?",
  "Ik heb betalingsproblemen en kan mijn leveranciers niet meer betalen",
  "Ik wil met mijn webshop ook in Duitsland gaan verkopen", "Ik wil een eigen bedrijf beginnen als kapper",
  "Hoe vraag ik WBSO aan voor onze softwareontwikkeling?",
  "We ontwikkelen een nieuw product en zoeken financiering voor de innovatie",
  "Ik wil zonnepanelen op het dak van mijn bedrijfspand", "Mijn werknemer is al weken ziek, wat moet ik doen?",
  "Ik heb een belastingschuld en kan de btw niet betalen",
  "Ik wil spullen uit China importeren, wat moet ik regelen bij de douane?",
  "Ik wil mijn bedrijf overdragen aan mijn dochter", "Ik zoek durfkapitaal voor mijn innovatieve startup",
  "Ik wil een café openen, welke vergunning heb ik nodig om alcohol te schenken?" }

local MUNICIPALITIES = { "GM0344", "GM0307", "GM0599", "GM0772", "GM0014", "GM0363", "GM0855", "GM0202", "GM0034",
  "GM0935", "GM0687", "GM0518", "GM0193", "GM1979", "" }

local WORDS = { "subsidie", "subsidies", "verduurzaming", "energie besparen", "personeel", "eerste werknemer", "btw",
  "export duitsland", "innovatie krediet", "faillissement", "financiële problemen", "kvk inschrijven", "zonnepanelen",
  "avg privacy", "douane import", "bakkerij", "risicokapitaal", "loon", "arbeidsomstandigheden", "starten als zzp" }

local function encode(text)
  return (text:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

-- 1900-01-01 plus a number of days, as yyyy-mm-dd (days-from-civil inverted, proleptic Gregorian).
local function date(days)
  local z = days + 693901 -- days from 0000-03-01 to 1900-01-01
  local era = math.floor(z / 146097)
  local doe = z - era * 146097
  local yoe = math.floor((doe - math.floor(doe / 1460) + math.floor(doe / 36524) - math.floor(doe / 146096)) / 365)
  local y = yoe + era * 400
  local doy = doe - (365 * yoe + math.floor(yoe / 4) - math.floor(yoe / 100))
  local mp = math.floor((5 * doy + 2) / 153)
  local d = doy - math.floor((153 * mp + 2) / 5) + 1
  local m = mp < 10 and mp + 3 or mp - 9
  if m <= 2 then y = y + 1 end
  return string.format("%04d-%02d-%02d", y, m, d)
end

-- Java's i % n for i >= 0, as a 1-based Lua index.
local function pick(list, i, n) return list[(i % (n or #list)) + 1] end

local function search(i, n)
  local url = "/api/v1/search?q=" .. encode(pick(WORDS, i))
  if i % 3 == 1 then url = url .. "&municipality=" .. pick(MUNICIPALITIES, i, #MUNICIPALITIES - 1) end
  if i % 5 == 2 then url = url .. "&type=subsidy" end
  if n == 0 then return url end
  -- Every entry was written on 2026-11-27, so any earlier modifiedSince keeps the result and makes the URL new:
  -- 45,000 days from 1900 times 86,400 seconds of the day.
  local second = math.floor(n / 45000) % 86400
  return url .. "&modifiedSince=" .. date(n % 45000) .. string.format("T%02d:%02d:%02dZ", math.floor(second / 3600),
    math.floor(second / 60) % 60, second % 60)
end

local function referral(i, n)
  local url = "/api/v1/referrals?question=" .. encode(pick(QUESTIONS, i))
  local municipality = pick(MUNICIPALITIES, math.floor(i / #QUESTIONS))
  if municipality ~= "" then url = url .. "&municipality=" .. municipality end
  if n == 0 then return url end
  return url .. "&employees=" .. n
end

local scenario = os.getenv("SCENARIO") or "search"
local threads = tonumber(os.getenv("THREADS") or "1")
local offset = tonumber(os.getenv("OFFSET") or "0")

local counter = 0
local id = 0

function setup(thread)
  thread:set("thread_id", counter)
  counter = counter + 1
end

function init(args)
  id = tonumber(rawget(_G, "thread_id")) or 0
  counter = 0
  wrk.headers["Accept"] = "application/hal+json"
end

function request()
  local i = counter * threads + id
  counter = counter + 1
  if scenario == "search" then return wrk.format("GET", search(i, offset + i + 1)) end
  if scenario == "referral" then return wrk.format("GET", referral(i, offset + i + 1)) end
  if scenario == "search-repeat" then return wrk.format("GET", search(i, 0)) end
  return wrk.format("GET", referral(i, 0))
end

function done(summary, latency, requests)
  local errors = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.timeout
  local seconds = summary.duration / 1e6
  io.write(string.format("%-16s %8d %6d %8.0f %8.1f %8.1f %8.1f %8.1f\n", scenario, summary.requests, errors,
    summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000))
end
