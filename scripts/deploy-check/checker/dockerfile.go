package main

import (
	"context"
	"fmt"
	"os"
	"sort"

	"github.com/moby/buildkit/frontend/dockerfile/dockerfile2llb"
	"github.com/moby/buildkit/frontend/dockerfile/parser"
)

// lintDockerfile runs the checks `docker build --check` runs: BuildKit's Dockerfile frontend
// converts every stage (a lint has no target, so all of them) and its linter reports each rule it
// trips; a Dockerfile the frontend cannot convert is a finding too. The `# check=` directive in
// the file is honoured as BuildKit honours it.
func lintDockerfile(r *report, path string) {
	content, err := os.ReadFile(path)
	if err != nil {
		r.finding("%s: cannot read: %v", path, err)
		return
	}
	var warnings []string
	opt := dockerfile2llb.ConvertOpt{
		MetaResolver: stubImageResolver{},
		AllStages:    true,
		Warn: func(rule, _, url, detail string, location []parser.Range) {
			warnings = append(warnings, fmt.Sprintf("%s:%s: %s: %s (%s)", path, lines(location), rule, detail, url))
		},
	}
	_, convertErr := dockerfile2llb.Dockerfile2LLB(context.Background(), content, opt)
	if convertErr != nil {
		r.finding("%s: BuildKit cannot convert it: %v", path, convertErr)
	}
	sort.Strings(warnings)
	for _, w := range warnings {
		r.finding("%s", w)
	}
	if len(warnings) == 0 && convertErr == nil {
		r.ok("%s: no BuildKit lint warning", path)
	}
	r.note("%s: base images are not pulled (no registry is reachable here): their metadata is a stub (the target platform, PATH only), so InvalidBaseImagePlatform and the checks that read a base image's environment do not see the real image", path)
}

func lines(location []parser.Range) string {
	if len(location) == 0 {
		return "?"
	}
	start, end := location[0].Start.Line, location[len(location)-1].End.Line
	if start == end {
		return fmt.Sprint(start)
	}
	return fmt.Sprintf("%d-%d", start, end)
}
