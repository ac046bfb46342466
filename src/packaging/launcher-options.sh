# Sourced by train.sh and check.sh: the Java options the packaged launcher passes, read from its
# configuration beside the jar (toile.cfg, written by jpackage), less the AOT cache itself.
# The cache keeps its linked classes and lambdas only when the run that records it, the step that
# makes it and the launcher all give the JVM the same module options (native access, for one):
# with any difference the JVM still maps the cache, without a word, but loads a third of the
# classes and spins every lambda again.
# Usage: launcher_options APP_DIR, which fills the array launcher_opts.
launcher_options() {
  local line
  launcher_opts=()
  while IFS= read -r line || [ -n "$line" ]; do
    line=${line%$'\r'}
    case $line in
      java-options=*AOTCache*) ;;
      java-options=*) launcher_opts+=("${line#java-options=}") ;;
    esac
  done <"$1/toile.cfg"
}
