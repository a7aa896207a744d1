module github.com/riwaya/riwaya

go 1.26.0

require (
	github.com/google/go-cmp v0.7.0
	github.com/mattn/go-sqlite3 v1.14.53
	github.com/spf13/pflag v1.0.10
	golang.org/x/text v0.43.0
)
