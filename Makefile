# eventline - build, test, bench, fuzz.  GNU make + pkg-config.
#   make            release build: build/eventline, build/libeventline.a
#   make demo       bootstrap, build, run the pipeline on examples/, ingest into ./eventline.db
#   make test       unit + spec + golden tests under ASan and UBSan
#   make bench      throughput and memory on ../shared/data (or examples/)
#   make fuzz       libFuzzer targets (FUZZ_SECONDS each, default 600)

CC      ?= cc
PKGS    := libutf8proc jansson zlib sqlite3
PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   := $(shell pkg-config --libs $(PKGS) 2>/dev/null) -pthread

WARN    := -Wall -Wextra -Wshadow -Wstrict-prototypes -Wmissing-prototypes -Wno-unused-parameter
CFLAGS  ?= -O2 -g
ALL_CFLAGS := -std=c11 -D_DEFAULT_SOURCE -D_POSIX_C_SOURCE=200809L $(WARN) -Iinclude -Isrc $(PKG_CFLAGS) $(CFLAGS)
SAN     := -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer

LIB_SRC := $(wildcard src/*.c)
CLI_SRC := $(wildcard cli/*.c)
UNIT_SRC := $(wildcard tests/unit/*.c)

# The default dictionaries travel inside the library (tools/embed.c).
# Country and city tables are generated from iso-codes and GeoNames (scripts/gen-data).
GEN_DICTS := build/data/countries.dict build/data/cities.dict build/data/regions.dict \
             build/data/given-names.dict
DICT_FILES := $(sort $(wildcard data/*.dict)) $(GEN_DICTS)
# The CAMEO code table and the default verb patterns travel the same way.
TABLE_FILES := $(wildcard data/cameo.tsv data/cameo.verbs)
GEN_SRC := build/gen/default_dicts.c build/gen/default_tables.c build/gen/t2s.c
LIB_SRC += $(GEN_SRC)

REL_LIB_OBJ := $(LIB_SRC:%.c=build/rel/%.o)
REL_CLI_OBJ := $(CLI_SRC:%.c=build/rel/%.o)
SAN_LIB_OBJ := $(LIB_SRC:%.c=build/san/%.o)
SAN_CLI_OBJ := $(CLI_SRC:%.c=build/san/%.o)
SAN_UNIT_OBJ := $(UNIT_SRC:%.c=build/san/%.o)

SHARED  ?= ../shared
FUZZ_SECONDS ?= 600

.PHONY: all deps data demo test unit spec bench fuzz fuzz-build clean install

all: deps build/eventline

deps:
	@scripts/bootstrap

# The stages that run on every token of every document (sentences, dates, actors, amounts,
# the dictionary matcher) are built with -O3: its inlining and unrolling take about
# 6% off their instructions (callgrind, `eventline bench --stage actors`).  Not the
# tokenizer, whose hand-written loops it makes 2% longer.
HOT_REL_OBJ := $(patsubst %,build/rel/src/%.o,sent timex actors amount dict utf8)
$(HOT_REL_OBJ): ALL_CFLAGS += -O3

build/rel/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -MMD -MP -c $< -o $@

build/san/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -O1 $(SAN) -MMD -MP -c $< -o $@

data: deps
	@scripts/gen-data

$(GEN_DICTS) build/gen/t2s.c &: tools/gen_countries.c tools/gen_cities.c scripts/gen-data
	@scripts/gen-data

build/tools/embed: tools/embed.c
	@mkdir -p $(dir $@)
	$(CC) -std=c11 -O2 -Wall -Wextra -o $@ $<

build/gen/default_dicts.c: build/tools/embed $(DICT_FILES)
	@mkdir -p $(dir $@)
	build/tools/embed $@ $(foreach f,$(DICT_FILES),$(f)=$(f))

build/gen/default_tables.c: build/tools/embed $(TABLE_FILES)
	@mkdir -p $(dir $@)
	build/tools/embed -s embedded_tables $@ $(foreach f,$(TABLE_FILES),$(f)=$(f))

build/libeventline.a: $(REL_LIB_OBJ)
	ar rcs $@ $^

build/eventline: $(REL_CLI_OBJ) build/libeventline.a
	$(CC) $(ALL_CFLAGS) -o $@ $(REL_CLI_OBJ) build/libeventline.a $(PKG_LIBS)

build/san/eventline: $(SAN_CLI_OBJ) $(SAN_LIB_OBJ)
	$(CC) $(ALL_CFLAGS) $(SAN) -o $@ $^ $(PKG_LIBS)

build/san/unit: $(SAN_UNIT_OBJ) $(SAN_LIB_OBJ)
	$(CC) $(ALL_CFLAGS) $(SAN) -o $@ $^ $(PKG_LIBS)

demo: all
	@echo "== documents in examples/"
	build/eventline docs --dct 2019-06-30 examples/
	@echo
	@echo "== sentences of examples/trade_talks_2019-01.txt"
	build/eventline sentences examples/trade_talks_2019-01.txt
	@echo
	@echo "== temporal expressions in examples/, resolved against each article's date"
	build/eventline timex --dct 2019-06-30 examples/
	@echo
	@echo "== events in examples/: who did what to whom, when (CAMEO, PLOVER), as a table"
	build/eventline code --dct 2019-06-30 --format tsv examples/
	@echo
	@echo "== the event database: ingest examples/ into ./eventline.db, then the timeline"
	build/eventline ingest --db eventline.db --dct 2019-06-30 examples/
	build/eventline timeline --db eventline.db

# The whole suite under AddressSanitizer + UndefinedBehaviorSanitizer.
test: deps
	@$(MAKE) --no-print-directory build/san/eventline build/san/unit
	@ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	  scripts/run-tests build/san/unit build/san/eventline

bench: all
	@bench/run build/eventline $(SHARED)

fuzz-build: deps $(GEN_SRC)
	@$(MAKE) --no-print-directory -f fuzz/Makefile

fuzz: fuzz-build
	@fuzz/run $(FUZZ_SECONDS)

install: all
	install -D -m 755 build/eventline $(DESTDIR)$(PREFIX)/bin/eventline
	install -D -m 644 include/eventline.h $(DESTDIR)$(PREFIX)/include/eventline.h
	install -D -m 644 build/libeventline.a $(DESTDIR)$(PREFIX)/lib/libeventline.a

PREFIX ?= /usr/local

clean:
	rm -rf build

-include $(wildcard build/rel/src/*.d build/rel/cli/*.d build/san/src/*.d build/san/cli/*.d build/san/tests/unit/*.d)
