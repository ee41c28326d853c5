package org.xxgk.cli;

import java.io.PrintWriter;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * Usage errors in the command line's language: picocli words its own in English, so each kind is
 * told here from the exception's parts (the unknown words, the missing option, the bad value).
 * The message, then how to get help; exit code 2.
 */
final class UsageErrors implements IParameterExceptionHandler {

    private final CliTexts texts;

    UsageErrors(CliTexts texts) {
        this.texts = texts;
    }

    /** A value a converter of ours refused, with the text key and argument to say why. */
    static final class BadValue extends CommandLine.TypeConversionException {
        private final String key;
        private final String value;

        BadValue(String key, String value) {
            super(key + ": " + value);
            this.key = key;
            this.value = value;
        }
    }

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine cli = e.getCommandLine();
        PrintWriter err = cli.getErr();
        err.println(texts.get("error.prefix") + message(e));
        err.println(texts.get("error.seeHelp", cli.getCommandSpec().qualifiedName()));
        err.flush();
        return cli.getCommandSpec().exitCodeOnInvalidInput();
    }

    private String message(ParameterException e) {
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
            String words = String.join(" ", unmatched.getUnmatched());
            boolean command = !unmatched.getCommandLine().getSubcommands().isEmpty()
                    && !unmatched.getUnmatched().isEmpty() && !unmatched.getUnmatched().get(0).startsWith("-");
            return texts.get(command ? "error.unknownCommand" : "error.unknown", words);
        }
        if (e instanceof CommandLine.MissingParameterException missing) {
            if (missing.getMissing().size() == 1 && missing.getMissing().get(0) instanceof OptionSpec option
                    && e.getMessage().startsWith("Missing required parameter for option")) {
                return texts.get("error.missingValue", option.longestName());
            }
            return texts.get("error.missing", missing.getMissing().stream().map(UsageErrors::name).collect(Collectors.joining("、")));
        }
        if (e instanceof CommandLine.OverwrittenOptionException overwritten) {
            return texts.get("error.overwritten", name(overwritten.getOverwritten()));
        }
        if (e.getArgSpec() != null && e.getValue() != null) {
            Class<?> type = e.getArgSpec().type();
            String why = e.getCause() instanceof BadValue bad ? texts.get(bad.key, bad.value)
                    : type == int.class || type == Integer.class ? texts.get("error.notANumber", e.getValue())
                    : texts.get("error.badValue", e.getValue());
            return texts.get("error.invalidValue", name(e.getArgSpec()), why);
        }
        return texts.get("error.other", e.getMessage());
    }

    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
    }
}
