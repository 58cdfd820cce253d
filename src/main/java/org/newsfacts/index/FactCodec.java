package org.newsfacts.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.DataInput;
import org.apache.lucene.store.DataOutput;
import org.apache.lucene.util.BytesRef;
import org.newsfacts.fact.EventFact;
import org.newsfacts.fact.Fact;
import org.newsfacts.fact.GeoPoint;
import org.newsfacts.fact.OrganizationFact;
import org.newsfacts.fact.PersonFact;
import org.newsfacts.fact.PlaceFact;
import org.newsfacts.fact.QuantityFact;

/**
 * A compact binary form of one fact, stored on its fact document. Search reads facts of hits
 * in this form rather than as JSON because starting Jackson costs a short {@code newsfacts
 * search} process about a quarter of a second; reports, which read whole articles, use JSON.
 * Layout: a kind byte, then the record's components in declaration order; a place's point
 * ({@code lat}, {@code lon}, {@code country}, {@code gazetteerId}) comes last, after its sentence,
 * so that facts stored before places had points still read (as places without one).
 */
public final class FactCodec {
  private static final byte PERSON = 1;
  private static final byte PLACE = 2;
  private static final byte ORGANIZATION = 3;
  private static final byte QUANTITY = 4;
  private static final byte EVENT = 5;
  // Quantities with range, dimension, SI value and change (issue #12); QUANTITY is the older
  // layout, still read from indexes written before.
  private static final byte MEASURED_QUANTITY = 6;

  private FactCodec() {}

  static BytesRef encode(Fact fact) {
    ByteBuffersDataOutput out = new ByteBuffersDataOutput();
    try {
      if (fact instanceof PersonFact p) {
        out.writeByte(PERSON);
        strings(out, p.name(), p.role());
        out.writeVInt(p.mentions());
      } else if (fact instanceof PlaceFact p) {
        out.writeByte(PLACE);
        strings(out, p.name(), p.subtype(), p.iso());
        out.writeVInt(p.mentions());
      } else if (fact instanceof OrganizationFact o) {
        out.writeByte(ORGANIZATION);
        strings(out, o.name());
        out.writeVInt(o.mentions());
      } else if (fact instanceof QuantityFact q) {
        out.writeByte(MEASURED_QUANTITY);
        strings(out, q.value().toString(), text(q.high()), q.unit(), q.dimension(), q.currency());
        strings(out, text(q.siValue()), q.change(), q.text(), q.place(), q.date());
      } else {
        EventFact e = (EventFact) fact;
        out.writeByte(EVENT);
        strings(out, e.date(), e.text());
        list(out, e.people());
        list(out, e.places());
      }
      // Offsets may be anything a producer wrote; zig-zag keeps negative ones round-tripping.
      out.writeZInt(fact.start());
      out.writeZInt(fact.end());
      strings(out, fact.sentence());
      if (fact instanceof PlaceFact p && p.geoPoint() != null) {
        out.writeLong(Double.doubleToLongBits(p.lat()));
        out.writeLong(Double.doubleToLongBits(p.lon()));
        strings(out, p.country(), p.gazetteerId());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // in-memory output does not fail
    }
    return new BytesRef(out.toArrayCopy());
  }

  /** Reads a fact written by {@link #encode}. */
  public static Fact decode(BytesRef bytes) {
    ByteArrayDataInput in = new ByteArrayDataInput(bytes.bytes, bytes.offset, bytes.length);
    try {
      byte kind = in.readByte();
      switch (kind) {
        case PERSON: {
          String name = string(in);
          String role = string(in);
          int mentions = in.readVInt();
          return new PersonFact(name, role, mentions, in.readZInt(), in.readZInt(), string(in));
        }
        case PLACE: {
          String name = string(in);
          String subtype = string(in);
          String iso = string(in);
          int mentions = in.readVInt();
          PlaceFact place = new PlaceFact(name, subtype, iso, mentions, in.readZInt(), in.readZInt(), string(in));
          if (in.eof()) {
            return place;
          }
          double lat = Double.longBitsToDouble(in.readLong());
          double lon = Double.longBitsToDouble(in.readLong());
          return place.located(new GeoPoint(lat, lon, string(in), string(in)));
        }
        case ORGANIZATION: {
          String name = string(in);
          int mentions = in.readVInt();
          return new OrganizationFact(name, mentions, in.readZInt(), in.readZInt(), string(in));
        }
        case QUANTITY: {
          BigDecimal value = new BigDecimal(string(in));
          String[] s = {string(in), string(in), string(in), string(in), string(in)};
          return new QuantityFact(value, s[0], s[1], s[2], s[3], s[4], in.readZInt(), in.readZInt(), string(in));
        }
        case MEASURED_QUANTITY: {
          BigDecimal value = new BigDecimal(string(in));
          BigDecimal high = number(string(in));
          String[] s = {string(in), string(in), string(in)};
          BigDecimal si = number(string(in));
          String[] t = {string(in), string(in), string(in), string(in)};
          return new QuantityFact(
              value, high, s[0], s[1], s[2], si, t[0], t[1], t[2], t[3], in.readZInt(), in.readZInt(), string(in));
        }
        case EVENT: {
          String date = string(in);
          String text = string(in);
          List<String> people = list(in);
          List<String> places = list(in);
          return new EventFact(date, text, people, places, in.readZInt(), in.readZInt(), string(in));
        }
        default:
          throw new IllegalStateException("unknown fact kind " + kind + " in index");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void strings(DataOutput out, String... values) throws IOException {
    for (String value : values) {
      out.writeByte((byte) (value == null ? 0 : 1));
      if (value != null) {
        out.writeString(value);
      }
    }
  }

  private static String text(BigDecimal number) {
    return number == null ? null : number.toString();
  }

  private static BigDecimal number(String text) {
    return text == null ? null : new BigDecimal(text);
  }

  private static String string(DataInput in) throws IOException {
    return in.readByte() == 0 ? null : in.readString();
  }

  private static void list(DataOutput out, List<String> values) throws IOException {
    out.writeVInt(values.size());
    for (String value : values) {
      out.writeString(value);
    }
  }

  private static List<String> list(DataInput in) throws IOException {
    int size = in.readVInt();
    List<String> values = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      values.add(in.readString());
    }
    return values;
  }
}
