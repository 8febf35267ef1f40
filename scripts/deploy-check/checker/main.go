// bex-deploy-check validates BEX's deployment files with the libraries of the tools that read them:
// Kubernetes manifests are decoded strictly by client-go's scheme (what `kubectl apply
// --validate=strict` and the API server's strict field validation reject), and Dockerfiles are
// linted by BuildKit's own rules (what `docker build --check` reports).
//
//	bex-deploy-check kubernetes FILE...
//	bex-deploy-check dockerfile FILE...
//
// Each problem is one stdout line starting with "finding: ", each caveat one starting with
// "note: "; the exit status is 1 when there is a finding, 2 on a usage error, 0 otherwise.
package main

import (
	"fmt"
	"os"
)

// report collects what one run found, so every file is checked even after the first problem.
type report struct {
	findings int
}

func (r *report) finding(format string, args ...any) {
	r.findings++
	fmt.Printf("finding: "+format+"\n", args...)
}

func (r *report) note(format string, args ...any) {
	fmt.Printf("note: "+format+"\n", args...)
}

func (r *report) ok(format string, args ...any) {
	fmt.Printf("ok: "+format+"\n", args...)
}

func main() {
	if len(os.Args) < 3 {
		fmt.Fprintln(os.Stderr, "usage: bex-deploy-check kubernetes|dockerfile FILE...")
		os.Exit(2)
	}
	r := &report{}
	files := os.Args[2:]
	switch os.Args[1] {
	case "kubernetes":
		for _, f := range files {
			checkManifestFile(r, f)
		}
	case "dockerfile":
		for _, f := range files {
			lintDockerfile(r, f)
		}
	default:
		fmt.Fprintf(os.Stderr, "unknown check %q: want kubernetes or dockerfile\n", os.Args[1])
		os.Exit(2)
	}
	if r.findings > 0 {
		os.Exit(1)
	}
}
