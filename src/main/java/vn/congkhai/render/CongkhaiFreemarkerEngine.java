package vn.congkhai.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import org.jbake.app.ContentStore;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.template.AbstractTemplateEngine;
import org.jbake.template.RenderingException;
import org.jbake.template.model.TemplateModel;

import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

/**
 * JBake's Freemarker engine, made safe and fast, registered with jbake-core for {@code .ftlh} templates
 * through JBake's own extension point ({@code META-INF/org.jbake.parser.TemplateEngines.properties}).
 * <p>Why not JBake's {@code FreemarkerTemplateEngine}: it configures Freemarker without auto-escaping,
 * looks every variable up in OrientDB first, and copies the whole model on each lookup. Here every
 * template is HTML with auto-escaping whatever its extension, {@code ?api} and {@code ?new} are off,
 * records are read as properties, and templates missing from the ward's {@code templates/} fall back
 * to the defaults shipped in the plugin.
 */
public class CongkhaiFreemarkerEngine extends AbstractTemplateEngine {
    static final String DEFAULTS = "/vn/congkhai/defaults/templates";

    private final Configuration freemarker;

    public CongkhaiFreemarkerEngine(JBakeConfiguration config, ContentStore db) {
        super(config, db);
        freemarker = new Configuration(Configuration.VERSION_2_3_34);
        freemarker.setDefaultEncoding("UTF-8");
        freemarker.setOutputEncoding("UTF-8");
        freemarker.setOutputFormat(HTMLOutputFormat.INSTANCE);
        freemarker.setRecognizeStandardFileExtensions(true);
        freemarker.setLocale(Locale.forLanguageTag("vi-VN"));
        freemarker.setTimeZone(TimeZone.getTimeZone("Asia/Ho_Chi_Minh"));
        freemarker.setNumberFormat("0.##");
        freemarker.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        freemarker.setAPIBuiltinEnabled(false);
        freemarker.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        freemarker.setLogTemplateExceptions(false);
        freemarker.setWrapUncheckedExceptions(true);
        freemarker.setFallbackOnNullLoopVariable(false);
        freemarker.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build());
        freemarker.setTemplateLoader(loader(config.getTemplateFolder()));
    }

    private static TemplateLoader loader(File wardTemplates) {
        List<TemplateLoader> loaders = new ArrayList<>();
        if (wardTemplates != null && wardTemplates.isDirectory()) {
            try {
                loaders.add(new FileTemplateLoader(wardTemplates)); // refuses paths that climb out of the folder
            } catch (IOException e) {
                throw new IllegalStateException("Không đọc được thư mục mẫu " + wardTemplates, e);
            }
        }
        loaders.add(new ClassTemplateLoader(CongkhaiFreemarkerEngine.class, DEFAULTS));
        return new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new));
    }

    @Override
    public void renderDocument(TemplateModel model, String templateName, Writer writer) throws RenderingException {
        try {
            Template template = freemarker.getTemplate(templateName);
            template.process(model, writer);
        } catch (IOException | TemplateException e) {
            throw new RenderingException(e);
        } catch (RuntimeException | StackOverflowError e) {
            // Freemarker's file loader refuses a link out of the folder with a SecurityException; a macro or include
            // that calls itself overflows the stack. Either is the template's problem, told as such, never a crash.
            throw new RenderingException(e);
        }
    }
}
