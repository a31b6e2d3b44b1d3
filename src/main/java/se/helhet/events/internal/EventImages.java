package se.helhet.events.internal;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import se.helhet.events.ImageUpload;
import se.helhet.platform.Text;

/**
 * Event images: checked (JPEG or PNG, at least 1500 px wide, at most 10 MB and 40
 * megapixels, so that a small file cannot unpack into gigabytes), resized to 1200 px wide
 * with plain ImageIO and stored as JPEG under {@code helhet.data-dir/events/images}.
 */
@Component
class EventImages {

	static final int MIN_WIDTH = 1500;

	static final int WEB_WIDTH = 1200;

	static final long MAX_BYTES = 10L * 1024 * 1024;

	static final long MAX_PIXELS = 40_000_000L;

	static final String PUBLIC_PATH = "/evenemang/bilder/";

	private static final Set<String> FORMATS = Set.of("jpeg", "png");

	private final Path directory;

	EventImages(@Value("${helhet.data-dir:./data}") Path dataDir) {
		this.directory = dataDir.resolve("events").resolve("images");
	}

	/** What is wrong with the image; empty when it may be stored. */
	Optional<Text> check(ImageUpload upload) {
		if (upload.size() > MAX_BYTES) {
			return Optional
				.of(new Text("Bilden är större än 10 MB. Spara den mindre (till exempel som JPEG) och välj den igen.",
						"The image is larger than 10 MB. Save it smaller (for example as JPEG) and choose it again."));
		}
		try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(upload.bytes()))) {
			Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
			if (readers == null || !readers.hasNext()) {
				return Optional.of(notAnImage());
			}
			ImageReader reader = readers.next();
			try {
				if (!FORMATS.contains(reader.getFormatName().toLowerCase(java.util.Locale.ROOT))) {
					return Optional.of(notAnImage());
				}
				reader.setInput(in);
				int width = reader.getWidth(0);
				long pixels = (long) width * reader.getHeight(0);
				if (width < MIN_WIDTH) {
					return Optional.of(new Text(
							"Bilden är " + width + " pixlar bred. Den behöver vara minst " + MIN_WIDTH
									+ " pixlar bred för att synas skarpt i programmet.",
							"The image is " + width + " pixels wide. It needs to be at least " + MIN_WIDTH
									+ " pixels wide to look sharp in the programme."));
				}
				if (pixels > MAX_PIXELS) {
					return Optional
						.of(new Text("Bilden har för många pixlar. Förminska den till högst 6000 pixlar bred.",
								"The image has too many pixels. Shrink it to at most 6000 pixels wide."));
				}
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			return Optional.of(notAnImage());
		}
		return Optional.empty();
	}

	/**
	 * Resizes and stores a checked image.
	 * @return the public path of the stored image
	 */
	String store(ImageUpload upload) {
		try {
			BufferedImage original = ImageIO.read(new ByteArrayInputStream(upload.bytes()));
			int height = (int) Math.round((double) original.getHeight() * WEB_WIDTH / original.getWidth());
			BufferedImage resized = new BufferedImage(WEB_WIDTH, Math.max(1, height), BufferedImage.TYPE_INT_RGB);
			Graphics2D g = resized.createGraphics();
			try {
				g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
				g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
				g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
				// a transparent PNG gets a white background rather than black
				g.setColor(java.awt.Color.WHITE);
				g.fillRect(0, 0, resized.getWidth(), resized.getHeight());
				g.drawImage(original, 0, 0, resized.getWidth(), resized.getHeight(), null);
			}
			finally {
				g.dispose();
			}
			Files.createDirectories(directory);
			String name = UUID.randomUUID() + ".jpg";
			Path target = directory.resolve(name);
			ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
			try (ImageOutputStream out = ImageIO.createImageOutputStream(target.toFile())) {
				writer.setOutput(out);
				ImageWriteParam param = writer.getDefaultWriteParam();
				param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
				param.setCompressionQuality(0.82f);
				writer.write(null, new IIOImage(resized, null, null), param);
			}
			finally {
				writer.dispose();
			}
			return PUBLIC_PATH + name;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The stored file of a public path or file name; empty for anything else. */
	Optional<Path> file(String name) {
		if (name == null || !name.matches("[0-9a-f\\-]{36}\\.jpg")) {
			return Optional.empty();
		}
		Path file = directory.resolve(name);
		return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
	}

	private static Text notAnImage() {
		return new Text("Filen är ingen bild i formatet JPEG eller PNG. Välj en JPEG- eller PNG-bild.",
				"The file is not a JPEG or PNG image. Choose a JPEG or PNG image.");
	}

}
